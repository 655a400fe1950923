package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import io.aigcnet.learn.algo.critic.TwinCritic;
import io.aigcnet.learn.nn.Nd;

/** The SAC objectives as tensor functions (Haarnoja et al. 2018b, "SAC: Algorithms and Applications"). */
public final class SacLoss {
    private SacLoss() {}

    /** Soft TD target y = r + γ(1 − d)(min_i Q'_i(s', a') − α log π(a'|s')), SAC eqs. (2)–(3). */
    public static NDArray criticTarget(NDArray reward, NDArray terminated, NDArray minNextQ, NDArray nextLogProb,
                                       double alpha, double gamma) {
        NDArray softV = minNextQ.sub(Nd.mul(nextLogProb, alpha));
        return TwinCritic.tdTarget(reward, terminated, softV, gamma);
    }

    /** J_Q = mean (Q1 − y)² + mean (Q2 − y)², SAC eq. (5) for both critics. */
    public static NDArray criticLoss(NDArray q1, NDArray q2, NDArray target) {
        return q1.sub(target).square().mean().add(q2.sub(target).square().mean());
    }

    /** J_π = mean(α log π(ã|s) − min_i Q_i(s, ã)), SAC eq. (7) with the reparameterised ã. */
    public static NDArray actorLoss(NDArray logProb, NDArray minQ, double alpha) {
        return Nd.mul(logProb, alpha).sub(minQ).mean();
    }

    /** J(α) = −mean(log α · (log π + H̄)) with log π detached, SAC eq. (18) in log α form. */
    public static NDArray alphaLoss(NDArray logAlphaScoped, NDArray detachedLogProb, double targetEntropy) {
        return detachedLogProb.add((float) targetEntropy).mul(logAlphaScoped).mean().neg();
    }
}
