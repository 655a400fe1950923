package io.aigcnet.core.runtime.sim;

/**
 * Link behaviour of the simulated network, the same for every link.
 *
 * @param latencyNanos one-way propagation delay
 * @param jitterNanos extra delay drawn uniformly from [0, jitter)
 * @param bandwidthBytesPerSecond serialisation rate per directed link; 0 = infinite
 * @param lossProbability chance that a message is dropped
 * @param duplicateProbability chance that a message is delivered twice
 * @param reorderProbability chance that a message gets an extra {@code reorderDelayNanos}, overtaking later ones
 * @param reorderDelayNanos the extra delay of reordered messages
 */
public record NetworkModel(long latencyNanos, long jitterNanos, long bandwidthBytesPerSecond,
        double lossProbability, double duplicateProbability, double reorderProbability, long reorderDelayNanos) {

    public NetworkModel {
        requireNonNegative("latencyNanos", latencyNanos);
        requireNonNegative("jitterNanos", jitterNanos);
        requireNonNegative("bandwidthBytesPerSecond", bandwidthBytesPerSecond);
        requireNonNegative("reorderDelayNanos", reorderDelayNanos);
        requireProbability("lossProbability", lossProbability);
        requireProbability("duplicateProbability", duplicateProbability);
        requireProbability("reorderProbability", reorderProbability);
    }

    /** Zero latency, infinite bandwidth, no faults: the paper's "latency-free internal network". */
    public static NetworkModel ideal() {
        return new NetworkModel(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * A data-centre LAN like an eight-machine testbed: 5 ms one-way latency, 2 ms jitter, 100 Mbit/s
     * per link, no faults.
     */
    public static NetworkModel lan() {
        return new NetworkModel(5_000_000L, 2_000_000L, 12_500_000L, 0, 0, 0, 0);
    }

    public NetworkModel withFaults(double loss, double duplicate, double reorder, long reorderDelay) {
        return new NetworkModel(latencyNanos, jitterNanos, bandwidthBytesPerSecond, loss, duplicate, reorder, reorderDelay);
    }

    private static void requireNonNegative(String field, long v) {
        if (v < 0) {
            throw new IllegalArgumentException("NetworkModel." + field + " must be >= 0, got " + v);
        }
    }

    private static void requireProbability(String field, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("NetworkModel." + field + " must be in [0, 1], got " + p);
        }
    }
}
