package io.aigcnet.chain.metrics;

import java.util.Arrays;

/** Collects latencies (seconds) and reports nearest-rank percentiles. */
public final class LatencyRecorder {
    private double[] values = new double[1024];
    private int n;

    public void add(double seconds) {
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
        }
        values[n++] = seconds;
    }

    public int count() {
        return n;
    }

    /** Nearest-rank percentile: the smallest value with at least p% of samples at or below it; NaN if empty. */
    public double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, rank - 1)];
    }

    public double mean() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += values[i];
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
