package io.aigcnet.semcom.experiment;

/** Small helpers for means over images. */
final class Stats {
    private Stats() {}

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? Double.NaN : s / v.length;
    }
}
