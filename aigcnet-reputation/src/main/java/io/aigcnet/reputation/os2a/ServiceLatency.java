package io.aigcnet.reputation.os2a;

/**
 * The latencies of one AIGC service round (ProSecutor Section V-B). Following the paper's formula
 * sentence, 𝒯1 is the upload S_p/b̄ and 𝒯2 the inference 𝒟_t/c̄ (ambiguity A-3).
 * Units are whatever the caller uses consistently (bytes, bytes/s, seconds).
 */
public final class ServiceLatency {
    private ServiceLatency() {}

    // ProSecutor Sec. V-B: 𝒯1 = S_p / b̄ (upload of the output to the storage chain)
    public static double upload(double outputSize, double bandwidth) {
        requirePositive("bandwidth", bandwidth);
        requireNonNegative("output size", outputSize);
        return outputSize / bandwidth;
    }

    // ProSecutor Sec. V-B: 𝒯2 = 𝒟_t / c̄ (inference of a task of difficulty 𝒟_t at c̄ per second)
    public static double inference(double difficulty, double computePerSecond) {
        requirePositive("compute per second", computePerSecond);
        requireNonNegative("difficulty", difficulty);
        return difficulty / computePerSecond;
    }

    // ProSecutor eq. (3): 𝒯3 = (𝒯b + 𝒯q) / (1 − p_fork)
    public static double channelSetup(double broadcast, double queueing, double forkProbability) {
        if (!(forkProbability >= 0 && forkProbability < 1)) {
            throw new IllegalArgumentException("fork probability must be in [0, 1), got " + forkProbability);
        }
        return (broadcast + queueing) / (1 - forkProbability);
    }

    /** 𝒯3 when the channel is already open: the transfer is immediate (paper case (1)). */
    public static double channelSetupWhenOpen() {
        return 0.0;
    }

    // ProSecutor Sec. V-B: 𝒯b = log2(|ℳ|)·S_b / (k̄·b̄·p_b), p_b = 1 − |𝒜|/|ℳ| (Kademlia; log base 2 chosen)
    public static double kademliaBroadcast(int masps, int attackers, double blockSize, double meanNeighbours, double bandwidth) {
        if (masps < 1) {
            throw new IllegalArgumentException("number of MASPs must be >= 1, got " + masps);
        }
        if (attackers < 0 || attackers >= masps) {
            throw new IllegalArgumentException("attackers must be in [0, " + (masps - 1) + "], got " + attackers);
        }
        requirePositive("mean neighbours", meanNeighbours);
        requirePositive("bandwidth", bandwidth);
        requireNonNegative("block size", blockSize);
        double honestRebroadcast = 1.0 - (double) attackers / masps;
        return (Math.log(masps) / Math.log(2)) * blockSize / (meanNeighbours * bandwidth * honestRebroadcast);
    }

    static void requirePositive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, got " + v);
        }
    }

    static void requireNonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + v);
        }
    }
}
