package io.aigcnet.learn.algo.ppo;

/**
 * A flattened on-policy batch of B samples, row-major: observations [B, obsDim] (already normalised
 * as the policy saw them), stored actions [B, actDim] (one-hot or raw sample), and per-sample old
 * log-probabilities, advantages and returns.
 */
public record RolloutBatch(int size, int obsDim, int actDim, float[] observations, float[] actions,
                           float[] oldLogProb, float[] advantages, float[] returns) {
    public RolloutBatch {
        if (observations.length != size * obsDim || actions.length != size * actDim || oldLogProb.length != size
                || advantages.length != size || returns.length != size)
            throw new IllegalArgumentException("RolloutBatch arrays do not match size " + size);
    }

    /** Gathers the rows {@code idx[from..to)} into a smaller batch. */
    public RolloutBatch rows(int[] idx, int from, int to) {
        int n = to - from;
        float[] o = new float[n * obsDim], a = new float[n * actDim], lp = new float[n], ad = new float[n], r = new float[n];
        for (int k = 0; k < n; k++) {
            int i = idx[from + k];
            System.arraycopy(observations, i * obsDim, o, k * obsDim, obsDim);
            System.arraycopy(actions, i * actDim, a, k * actDim, actDim);
            lp[k] = oldLogProb[i];
            ad[k] = advantages[i];
            r[k] = returns[i];
        }
        return new RolloutBatch(n, obsDim, actDim, o, a, lp, ad, r);
    }
}
