package io.aigcnet.reputation.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers over per-round series used by the behaviour checks. */
final class Series {
    private Series() {}

    /** Mean of {@code s[from..to)} (indices clamped). */
    static double mean(double[] s, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(s.length, to);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i];
        }
        return sum / Math.max(1, to - from);
    }

    /** Largest fall between consecutive rounds in {@code s[from..]}. */
    static double largestStepDrop(double[] s, int from) {
        double worst = 0;
        for (int i = Math.max(1, from); i < s.length; i++) {
            worst = Math.max(worst, s[i - 1] - s[i]);
        }
        return worst;
    }

    static double max(double[] s, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = Math.max(0, from); i < Math.min(s.length, to); i++) {
            m = Math.max(m, s[i]);
        }
        return m;
    }

    /** {"1": v[0], "2": v[1], …}: levels are numbered from 1 like the paper's. */
    static Map<String, Double> byLevel(double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(String.valueOf(i + 1), v[i]);
        }
        return m;
    }

    static double[] x(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /** Coefficient of variation (population standard deviation / mean) of task counts. */
    static double cv(long[] counts) {
        double mean = 0;
        for (long c : counts) {
            mean += c;
        }
        mean /= counts.length;
        double var = 0;
        for (long c : counts) {
            var += (c - mean) * (c - mean);
        }
        return Math.sqrt(var / counts.length) / mean;
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
