package io.aigcnet.mechanism.auction.model;

/**
 * One digital-twin task of an AV: workload {@code w} (rate units times seconds), deadline
 * {@code tau} (s) and the value {@code v} earned when its age of information meets the deadline.
 * {@code w} and {@code tau} are public and verifiable; {@code v} is private.
 */
public record DtTask(double w, double tau, double v) {
    public DtTask {
        if (!(w > 0) || !Double.isFinite(w)) throw new IllegalArgumentException("w must be a finite number > 0, got " + w);
        if (!(tau > 0) || !Double.isFinite(tau)) throw new IllegalArgumentException("tau must be a finite number > 0, got " + tau);
        if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException("v must be a finite number >= 0, got " + v);
    }

    /** Age of information at the twin when the task runs at rate {@code x}: AoI = w / x (reconstruction §2). */
    public double aoi(double rate) {
        return w / rate;
    }

    /** The smallest rate that keeps the task fresh: AoI(x) <= tau iff x >= w / tau. */
    public double requiredRate() {
        return w / tau;
    }
}
