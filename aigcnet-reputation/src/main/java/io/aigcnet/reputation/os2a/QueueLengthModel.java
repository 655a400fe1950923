package io.aigcnet.reputation.os2a;

/**
 * The mean number E(ℒ(x)) of transactions waiting in (or being packed from) the pool when only traffic of
 * arrival rate x is present. ProSecutor eq. (4) applies Little's law to the traffic of the fee classes
 * z..Z alone (under preemptive priority the lower classes are invisible to them), so E(ℒ) must be a
 * function of the arrival rate; a constant E(ℒ) makes the recursion give negative latencies.
 */
public interface QueueLengthModel {

    /** E(ℒ(x)) for Poisson arrivals of rate x ≥ 0; +∞ when x reaches {@link #capacity()} (no steady state). */
    double meanLength(double arrivalRate);

    /** The largest sustainable arrival rate (transactions per second); the queue saturates at or above it. */
    double capacity();

    /** The arrival rate x with E(ℒ(x)) = meanLength, so a monitored E(ℒ) (the paper's input) fixes the load. */
    double arrivalRateFor(double meanLength);

    // Little's law (ProSecutor ref. [50]): mean time in the pool τ(x) = E(ℒ(x)) / x
    default double sojourn(double arrivalRate) {
        ServiceLatency.requirePositive("arrival rate", arrivalRate);
        return meanLength(arrivalRate) / arrivalRate;
    }

    static void requireMeanLength(double meanLength) {
        if (!(meanLength >= 0) || Double.isInfinite(meanLength)) {
            throw new IllegalArgumentException("mean queue length E(L) must be a finite number >= 0, got " + meanLength);
        }
    }

    static void requireArrivalRate(double arrivalRate) {
        if (!(arrivalRate >= 0) || Double.isInfinite(arrivalRate)) {
            throw new IllegalArgumentException("arrival rate must be a finite number >= 0, got " + arrivalRate);
        }
    }
}
