package io.aigcnet.mechanism.contract.env;

import io.aigcnet.learn.env.Space;

/**
 * The one action decoding every learner shares: a ∈ [−1, 1]² (clipped) maps affinely onto the contract box,
 * item j = low_j + (a_j + 1)/2·(high_j − low_j). Diffusion clamps, SAC squashes with tanh and PPO clips its
 * Gaussian sample before this map; all three then see the same contract for the same network output.
 */
public record ContractCodec(double[] low, double[] high) {
    public ContractCodec {
        if (low.length != high.length || low.length == 0) throw new IllegalArgumentException("contract box needs equal, non-zero lengths");
        for (int j = 0; j < low.length; j++)
            if (!(high[j] > low[j]) || Double.isInfinite(high[j]) || Double.isInfinite(low[j]))
                throw new IllegalArgumentException("contract item " + j + " needs finite low < high, got [" + low[j] + ", " + high[j] + "]");
        low = low.clone();
        high = high.clone();
    }

    public static ContractCodec of(double[][] box) {
        return new ContractCodec(box[0], box[1]);
    }

    public Space.Box space() {
        return Space.Box.of(low.length, -1, 1);
    }

    public double[] decode(double[] action) {
        if (action.length != low.length) throw new IllegalArgumentException("action needs " + low.length + " values, got " + action.length);
        double[] c = new double[low.length];
        for (int j = 0; j < c.length; j++) {
            if (Double.isNaN(action[j])) throw new IllegalArgumentException("action contains NaN");
            double u = Math.max(-1, Math.min(1, action[j]));
            c[j] = low[j] + (u + 1) / 2 * (high[j] - low[j]);
        }
        return c;
    }

    public double[] encode(double[] contract) {
        double[] a = new double[low.length];
        for (int j = 0; j < a.length; j++) a[j] = Math.max(-1, Math.min(1, 2 * (contract[j] - low[j]) / (high[j] - low[j]) - 1));
        return a;
    }

    @Override public double[] low() { return low.clone(); }

    @Override public double[] high() { return high.clone(); }
}
