package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Nd;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A diffusion policy π_θ(a|s) = p_θ(a_{0:T}|s) (gsemcom eq. (20)): starting from a_T ~ N(0, I), T
 * reverse DDPM steps with the noise predictor ε_θ produce a_0 ∈ [−1, 1]^A. The chain is built from
 * ordinary tensor ops, so inside a gradient collector the actor loss back-propagates through all T steps
 * (reparameterised: the noise is an input). The state is encoded once per chain, not once per step.
 */
public final class DiffusionActor implements Module {
    private final Denoiser denoiser;
    private final BetaSchedule schedule;
    private final int actDim;
    private final boolean clipDenoised;
    private final boolean paperLiteral;

    public DiffusionActor(Denoiser denoiser, BetaSchedule schedule, int actDim, boolean clipDenoised) {
        this(denoiser, schedule, actDim, clipDenoised, false);
    }

    /** @param paperLiteral reverse steps as G-SemCom eq. (21) prints them ({@link #literalStep}) instead of DDPM's */
    public DiffusionActor(Denoiser denoiser, BetaSchedule schedule, int actDim, boolean clipDenoised, boolean paperLiteral) {
        this.denoiser = denoiser;
        this.schedule = schedule;
        this.actDim = actDim;
        this.clipDenoised = clipDenoised;
        this.paperLiteral = paperLiteral;
    }

    public int steps() { return schedule.steps(); }
    public BetaSchedule schedule() { return schedule; }

    /**
     * Standard-normal noise for one chain: [T][B·A] (index 0 is a_T, index k the z of step T−k+1); in the
     * paper-literal form [T+1][B·A], the last row being the z that eq. (21) also adds at step 1.
     */
    public float[][] noise(int batch, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        float[][] z = new float[schedule.steps() + (paperLiteral ? 1 : 0)][batch * actDim];
        for (float[] row : z) for (int i = 0; i < row.length; i++) row[i] = (float) g.sample();
        return z;
    }

    /** Runs the reverse chain for observations [B, S] (in a scoped manager) with the given noise. */
    public NDArray sample(NDArray observations, float[][] noise) {
        return sampleWithRaw(observations, noise)[0];
    }

    /**
     * The reverse chain returning {a_0 clipped to [−1, 1], the unclipped x̂_0 of the last step}. The
     * second lets a trainer penalise how far the network pushes its output past the box, where the
     * clip passes no gradient.
     */
    public NDArray[] sampleWithRaw(NDArray observations, float[][] noise) {
        NDManager scope = observations.getManager();
        int batch = (int) observations.getShape().get(0);
        int steps = schedule.steps();
        NDArray state = denoiser.encoder().encode(observations);
        NDArray x = scope.create(noise[0], new Shape(batch, actDim));
        for (int t = steps; t >= 1; t--) {
            NDArray emb = scope.create(tiledEmbedding(t, batch), new Shape(batch, denoiser.embedDim()));
            NDArray eps = denoiser.predictNoise(x, emb, state);
            if (paperLiteral) {
                // eq. (21) as printed adds β_t·z at every step, the last one included (row T−t+1; row T at t = 1)
                x = literalStep(x, eps, t, scope.create(scaled(noise[steps - t + 1], schedule.beta(t)), new Shape(batch, actDim)));
                if (t == 1) return new NDArray[]{x.clip(-1, 1), x};
                continue;
            }
            NDArray z = t > 1 ? scope.create(scaled(noise[steps - t + 1], Math.sqrt(schedule.posteriorVariance(t))), new Shape(batch, actDim)) : null;
            if (t == 1) {
                double[] c = schedule.x0FromEpsCoefficients(1);
                NDArray raw = Nd.mul(x, c[0]).sub(Nd.mul(eps, c[1]));
                return new NDArray[]{raw.clip(-1, 1), raw};
            }
            x = reverseStep(x, eps, t, z);
        }
        throw new IllegalStateException("unreachable: the chain always ends at t = 1");
    }

    /**
     * One reverse step a_t → a_{t−1} (gsemcom eq. (21) with its errata fixed, i.e. DDPM Algorithm 2 in
     * x̂_0 form): x̂_0 = clip((a_t − √(1−ᾱ_t)ε̂)/√ᾱ_t, −1, 1), a_{t−1} = μ̃_t(x̂_0, a_t) + [t &gt; 1]·√β̃_t·z.
     * {@code scaledNoise} is √β̃_t·z, already scaled (one tensor op fewer per step); null adds none.
     * The clip of x̂_0 is an ordinary clip as in GDMOPT/Diffusion-QL. It also cuts the gradient path
     * through early steps, whose 1/√ᾱ_t factors (≈ 12 at t = T = 5) otherwise make back-propagation
     * through the chain explode. At t = 1 the posterior mean is x̂_0 itself (c_0 = 1, c_t = 0).
     */
    public NDArray reverseStep(NDArray xt, NDArray eps, int t, NDArray scaledNoise) {
        double[] c = schedule.x0FromEpsCoefficients(t);
        NDArray x0 = Nd.mul(xt, c[0]).sub(Nd.mul(eps, c[1]));
        if (clipDenoised) x0 = x0.clip(-1, 1);
        double[] pc = schedule.posteriorMeanCoefficients(t);
        NDArray mean = Nd.mul(x0, pc[0]).add(Nd.mul(xt, pc[1]));
        if (t == 1 || scaledNoise == null) return mean;
        return mean.add(scaledNoise);
    }

    /**
     * G-SemCom eq. (21) verbatim: b_{t−1} = (b_t − β_t/√(1−α_t)·ε̂)/√α_t + β_t·z ({@code scaledNoise} = β_t·z).
     * Kept for comparison only: with √(1−α_t) = √β_t in place of √(1−ᾱ_t) the predicted noise is removed at
     * the wrong scale, so the chain does not invert the forward process (docs/decisions.md).
     */
    public NDArray literalStep(NDArray bt, NDArray eps, int t, NDArray scaledNoise) {
        double a = schedule.alpha(t);
        NDArray mean = Nd.mul(bt.sub(Nd.mul(eps, schedule.beta(t) / Math.sqrt(1 - a))), 1 / Math.sqrt(a));
        return scaledNoise == null ? mean : mean.add(scaledNoise);
    }

    private static float[] scaled(float[] z, double s) {
        float[] out = new float[z.length];
        for (int i = 0; i < z.length; i++) out[i] = (float) (z[i] * s);
        return out;
    }

    private float[] tiledEmbedding(int t, int batch) {
        double[] e = TimeEmbedding.sinusoidal(t, denoiser.embedDim());
        float[] out = new float[batch * e.length];
        for (int b = 0; b < batch; b++) for (int k = 0; k < e.length; k++) out[b * e.length + k] = (float) e[k];
        return out;
    }

    @Override public List<NDArray> parameters() { return denoiser.parameters(); }
}
