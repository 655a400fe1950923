package io.aigcnet.chain.workload;

/**
 * How many transactions to inject at each tick for a constant rate: the exact count up to time t is
 * ⌊rate·t⌋, so fractional rates never drift.
 */
public final class InjectionSchedule {
    private final double tps;
    private long injected;

    public InjectionSchedule(double tps) {
        if (!(tps >= 0)) {
            throw new IllegalArgumentException("tps must be >= 0, got " + tps);
        }
        this.tps = tps;
    }

    /** Number due now, given the elapsed injection time. */
    public int due(long elapsedNanos) {
        long total = (long) Math.floor(tps * elapsedNanos / 1e9);
        int n = (int) Math.max(0, total - injected);
        injected += n;
        return n;
    }

    public long injected() {
        return injected;
    }
}
