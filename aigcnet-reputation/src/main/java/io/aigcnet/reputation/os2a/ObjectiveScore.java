package io.aigcnet.reputation.os2a;

/** The objective OS²A component: reciprocal total latency, and its multi-KPI generalisation. */
public final class ObjectiveScore {
    private ObjectiveScore() {}

    // ProSecutor Sec. V-B: OS²A_O = (Σ_{i=1}^{3} 𝒯_i)^(−1)
    public static double fromLatencies(double upload, double inference, double channelSetup) {
        double total = upload + inference + channelSetup;
        if (!(total > 0)) {
            throw new IllegalArgumentException("total latency must be > 0, got " + total);
        }
        return 1.0 / total;
    }

    // ProSecutor eq. (6): OS²A_O = Σ_i ω_i · S(KPI_i − t_i) · KPI_i, S = Heaviside with S(0) = 0 ("exceeds")
    public static double multiKpi(double[] weights, double[] kpis, double[] thresholds) {
        if (weights.length != kpis.length || kpis.length != thresholds.length) {
            throw new IllegalArgumentException("weights, KPIs and thresholds need equal lengths, got "
                    + weights.length + ", " + kpis.length + ", " + thresholds.length);
        }
        double sum = 0;
        for (int i = 0; i < kpis.length; i++) {
            sum += weights[i] * heaviside(kpis[i] - thresholds[i]) * kpis[i];
        }
        return sum;
    }

    /** Strict Heaviside step: 1 only when the KPI exceeds its threshold. */
    static double heaviside(double x) {
        return x > 0 ? 1.0 : 0.0;
    }
}
