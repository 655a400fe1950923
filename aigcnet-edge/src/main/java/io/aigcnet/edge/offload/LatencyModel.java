package io.aigcnet.edge.offload;

/**
 * Service latency and device energy of one request (the survey §VI-B: "input upload + model
 * inference + content download", with queueing before inference as in its ref. [145]).
 * Sizes in Mbit, rates in Mbit/s, compute in diffusion steps and steps/s, power in W.
 */
public final class LatencyModel {
    private LatencyModel() {}

    /** Transfer time of {@code mbit} over a link of {@code mbps}; zero data takes no time. */
    public static double transferS(double mbit, double mbps) {
        if (mbit <= 0) return 0;
        return mbps > 0 ? mbit / mbps : Double.POSITIVE_INFINITY;
    }

    /** Compute time of {@code steps} at {@code stepsPerS}. */
    public static double computeS(double steps, double stepsPerS) {
        return steps / stepsPerS;
    }

    /** FIFO queueing delay behind {@code backlogSteps} not yet processed at {@code stepsPerS}. */
    public static double queueS(double backlogSteps, double stepsPerS) {
        return Math.max(0, backlogSteps) / stepsPerS;
    }

    /**
     * Mean waiting time in an M/M/1 queue, W_q = λ / (μ(μ − λ)) (survey §VI-B, ref. [145]); infinite
     * when λ ≥ μ. Used where only rates are known (the cloud's shared front end).
     */
    public static double mm1WaitS(double arrivalsPerS, double servicePerS) {
        if (arrivalsPerS >= servicePerS) return Double.POSITIVE_INFINITY;
        return arrivalsPerS / (servicePerS * (servicePerS - arrivalsPerS));
    }

    /** Latency of a local run: the device's own queue plus compute; no transfer. */
    public static double localS(double deviceQueueS, double steps, double deviceStepsPerS) {
        return deviceQueueS + computeS(steps, deviceStepsPerS);
    }

    /** Latency of an offloaded run: upload + extra network delay + queueing + model load + compute + download. */
    public static double offloadS(double inputMbit, double uplinkMbps, double networkDelayS, double queueS, double loadS,
                                  double steps, double stepsPerS, double outputMbit, double downlinkMbps) {
        return transferS(inputMbit, uplinkMbps) + networkDelayS + queueS + loadS + computeS(steps, stepsPerS)
                + transferS(outputMbit, downlinkMbps);
    }

    /** Device energy of a local run: compute power × compute time. */
    public static double localEnergyJ(double computePowerW, double computeS) {
        return computePowerW * computeS;
    }

    /** Device energy of an offloaded run: transmit power × upload time + receive power × download time. */
    public static double offloadEnergyJ(double txPowerW, double uploadS, double rxPowerW, double downloadS) {
        return txPowerW * uploadS + rxPowerW * downloadS;
    }
}
