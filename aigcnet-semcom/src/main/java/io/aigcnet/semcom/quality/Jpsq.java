package io.aigcnet.semcom.quality;

/** JPSQ, G-SemCom eqs. (15)–(18): the Weber–Fechner fusion of DreamSim similarity and NIMA quality. */
public final class Jpsq {
    private Jpsq() {}

    /** G-SemCom eq. (15): D = 1 − cos(f(g0), f(g1)) on two embeddings. */
    public static double dreamSimDistance(double[] e0, double[] e1) {
        if (e0.length != e1.length) throw new IllegalArgumentException("embedding lengths differ: " + e0.length + " vs " + e1.length);
        double dot = 0, n0 = 0, n1 = 0;
        for (int i = 0; i < e0.length; i++) {
            dot += e0[i] * e1[i];
            n0 += e0[i] * e0[i];
            n1 += e1[i] * e1[i];
        }
        if (n0 == 0 || n1 == 0) throw new IllegalArgumentException("a zero embedding has no direction");
        return 1 - dot / Math.sqrt(n0 * n1);
    }

    /** G-SemCom eq. (16): NIMA mean μ = Σ i·c_i over the 10 score classes. */
    public static double nimaMean(double[] c) {
        double m = 0;
        for (int i = 0; i < c.length; i++) m += (i + 1) * c[i];
        return m;
    }

    /** G-SemCom eq. (16): NIMA standard deviation σ = sqrt(Σ (i − μ)²·c_i). */
    public static double nimaStd(double[] c) {
        double m = nimaMean(c), v = 0;
        for (int i = 0; i < c.length; i++) v += (i + 1 - m) * (i + 1 - m) * c[i];
        return Math.sqrt(v);
    }

    /** G-SemCom eq. (18): 𝒯(t) = (t_max − t)/(t_max − t_min), t_min = 0, clamped to [0, 1] (t may exceed t_max). */
    public static double similarity(double t, double tMax) {
        return Math.max(0, Math.min(1, (tMax - t) / tMax));
    }

    /** G-SemCom eq. (17): 𝒥 = 𝒯(D)·ln(ω0·Q/Q_th). */
    public static double jpsq(double dreamSim, double nima, double omega0, double qTh, double tMax) {
        return similarity(dreamSim, tMax) * Math.log(omega0 * nima / qTh);
    }
}
