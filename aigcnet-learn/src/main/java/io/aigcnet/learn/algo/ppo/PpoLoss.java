package io.aigcnet.learn.algo.ppo;

import ai.djl.ndarray.NDArray;
import io.aigcnet.learn.nn.Nd;

/** The PPO loss terms as tensor functions. */
public final class PpoLoss {
    private PpoLoss() {}

    /** Probability ratio r_t(θ) = π_θ(a|s)/π_old(a|s) = exp(log π_θ − log π_old) (Schulman et al. 2017, eq. (6)). */
    public static NDArray ratio(NDArray newLogProb, NDArray oldLogProb) {
        return newLogProb.sub(oldLogProb).exp();
    }

    /** L^CLIP = mean_t min(r_t Â_t, clip(r_t, 1−ε, 1+ε) Â_t), to be maximised (Schulman et al. 2017, eq. (7)). */
    public static NDArray clippedSurrogate(NDArray ratio, NDArray advantages, double eps) {
        NDArray unclipped = ratio.mul(advantages);
        NDArray clipped = ratio.clip(1 - eps, 1 + eps).mul(advantages);
        return unclipped.minimum(clipped).mean();
    }

    /** L^VF = ½·mean (V_θ(s_t) − V_t^targ)² (Schulman et al. 2017, eq. (9), with the customary ½). */
    public static NDArray valueLoss(NDArray values, NDArray returns) {
        return Nd.mul(values.sub(returns).square().mean(), 0.5);
    }

    /** Schulman's low-variance KL estimator mean((r − 1) − log r), a diagnostic only. */
    public static NDArray approxKl(NDArray ratio, NDArray logRatio) {
        return ratio.sub(1f).sub(logRatio).mean();
    }
}
