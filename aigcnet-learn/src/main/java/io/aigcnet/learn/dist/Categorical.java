package io.aigcnet.learn.dist;

import ai.djl.ndarray.NDArray;

/** Batched categorical distribution over logits [B, n]; actions come as one-hot [B, n]. */
public final class Categorical {
    private Categorical() {}

    /** log π(a|s) = Σ_k onehot_k · log softmax(logits)_k, shape [B]. */
    public static NDArray logProb(NDArray logits, NDArray oneHot) {
        return logits.logSoftmax(-1).mul(oneHot).sum(new int[]{-1});
    }

    /** H = −Σ_k p_k log p_k, shape [B]. */
    public static NDArray entropy(NDArray logits) {
        NDArray logp = logits.logSoftmax(-1);
        return logp.exp().mul(logp).sum(new int[]{-1}).neg();
    }

    /** Samples one index per row by inverse CDF from uniforms u[b] ∈ [0,1) (drawn by the caller's RNG). */
    public static int[] sample(float[] probs, int n, double[] u) {
        int rows = probs.length / n;
        int[] out = new int[rows];
        for (int b = 0; b < rows; b++) {
            double c = 0;
            int k = n - 1;
            for (int j = 0; j < n; j++) {
                c += probs[b * n + j];
                if (u[b] < c) { k = j; break; }
            }
            out[b] = k;
        }
        return out;
    }

    public static int[] argmax(float[] values, int n) {
        int rows = values.length / n;
        int[] out = new int[rows];
        for (int b = 0; b < rows; b++) {
            int best = 0;
            for (int j = 1; j < n; j++) if (values[b * n + j] > values[b * n + best]) best = j;
            out[b] = best;
        }
        return out;
    }
}
