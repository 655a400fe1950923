package io.aigcnet.mechanism.qoe.experiment;

/** Direction of a series over a sweep, for comparing with the paper's stated trends. */
enum Trend {
    INCREASING, DECREASING, MIXED;

    static Trend of(double[] y) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < y.length; i++) {
            if (!(y[i] > y[i - 1])) {
                up = false;
            }
            if (!(y[i] < y[i - 1])) {
                down = false;
            }
        }
        return up ? INCREASING : down ? DECREASING : MIXED;
    }

    /** Net direction first → last, a weaker reading for noisy averages. */
    static Trend net(double[] y) {
        double d = y[y.length - 1] - y[0];
        return d > 0 ? INCREASING : d < 0 ? DECREASING : MIXED;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
