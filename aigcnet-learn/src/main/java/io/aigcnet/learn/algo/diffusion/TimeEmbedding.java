package io.aigcnet.learn.algo.diffusion;

/** Sinusoidal step embedding (Vaswani et al. 2017 §3.5, as used by DDPM and the GDMOPT denoiser). */
public final class TimeEmbedding {
    private TimeEmbedding() {}

    /**
     * e(t) = [sin(t·ω_0..ω_{h−1}), cos(t·ω_0..ω_{h−1})], ω_k = exp(−k·ln(10000)/(h−1)), h = dim/2.
     * {@code dim} must be even and ≥ 4.
     */
    public static double[] sinusoidal(double t, int dim) {
        if (dim < 4 || dim % 2 != 0) throw new IllegalArgumentException("time embedding dim must be even and >= 4, got " + dim);
        int half = dim / 2;
        double scale = Math.log(10000) / (half - 1);
        double[] e = new double[dim];
        for (int k = 0; k < half; k++) {
            double w = Math.exp(-k * scale);
            e[k] = Math.sin(t * w);
            e[half + k] = Math.cos(t * w);
        }
        return e;
    }
}
