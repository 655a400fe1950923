package io.aigcnet.learn.algo.ppo;

/** Generalised advantage estimation over a [T][N] rollout. */
public final class Gae {
    private Gae() {}

    /**
     * GAE(γ, λ) (Schulman et al. 2016, eq. (16)): Â_t = Σ_l (γλ)^l δ_{t+l}, δ_t = r_t + γ(1−d_t)V(s_{t+1}) − V(s_t),
     * computed backwards as Â_t = δ_t + γλ(1−d_t)Â_{t+1}. {@code done[t][i]} marks that the step t
     * ended the episode (its successor belongs to a new episode); time-limit truncation should be folded into
     * r_t by the caller as r_t + γV(s_final). Returns {advantages, returns = advantages + values}.
     */
    public static float[][][] compute(float[][] rewards, float[][] values, boolean[][] done, float[] lastValues,
                                      double gamma, double lambda) {
        int steps = rewards.length, n = lastValues.length;
        float[][] adv = new float[steps][n];
        float[][] ret = new float[steps][n];
        for (int i = 0; i < n; i++) {
            double next = 0;
            for (int t = steps - 1; t >= 0; t--) {
                double nextValue = t == steps - 1 ? lastValues[i] : values[t + 1][i];
                double notDone = done[t][i] ? 0 : 1;
                double delta = rewards[t][i] + gamma * nextValue * notDone - values[t][i];
                next = delta + gamma * lambda * notDone * next;
                adv[t][i] = (float) next;
                ret[t][i] = (float) (next + values[t][i]);
            }
        }
        return new float[][][]{adv, ret};
    }
}
