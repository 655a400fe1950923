package io.aigcnet.learn.dist;

import ai.djl.ndarray.NDArray;
import io.aigcnet.learn.nn.Nd;

/** Batched diagonal Gaussian N(μ, diag σ²) with μ, log σ of shape [B, A] (broadcast allowed). */
public final class DiagGaussian {
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private DiagGaussian() {}

    /** log N(a; μ, σ²) = Σ_i [−½((a_i−μ_i)/σ_i)² − log σ_i − ½ log 2π], shape [B]. */
    public static NDArray logProb(NDArray mean, NDArray logStd, NDArray action) {
        NDArray z = action.sub(mean).div(logStd.exp());
        return Nd.mul(z.square(), -0.5).sub(logStd).sub((float) HALF_LOG_2PI).sum(new int[]{-1});
    }

    /** H = Σ_i [log σ_i + ½(1 + log 2π)], shape [B]. */
    public static NDArray entropy(NDArray logStd) {
        return logStd.add((float) (0.5 + HALF_LOG_2PI)).sum(new int[]{-1});
    }

    /**
     * Log-density correction of a = tanh(u): log π(a) = log N(u) − Σ log(1 − tanh²u), with the stable
     * identity log(1 − tanh²u) = 2(log 2 − u − softplus(−2u)) (SAC, Haarnoja et al. 2018, eq. (21)).
     */
    public static NDArray tanhLogDetJacobian(NDArray u) {
        NDArray softplus = ai.djl.nn.Activation.softPlus(Nd.mul(u, -2));
        return Nd.mul(u.neg().sub(softplus).add((float) Math.log(2)), 2).sum(new int[]{-1});
    }
}
