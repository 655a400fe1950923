package io.aigcnet.learn.algo.ppo;

import ai.djl.ndarray.NDArray;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.train.Rngs;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One PPO update on a one-sample batch with linear actor/critic initialised at zero, so every number
 * can be derived by hand: π = (½, ½), V = 0, and Adam's first step moves each weight by −lr·sign(g)
 * (|Δ| = lr·|g|/(|g|+1e-5), within 1e-6 of lr here).
 */
class PpoGoldenStepTest {
    private static final double LR = 0.01;

    private static PpoConfig config() {
        return PpoConfig.builder().numEnvs(1).rolloutSteps(1).minibatchSize(1).epochs(1).hidden()
                .learningRate(LR).maxGradNorm(0).normalizeAdvantages(false).valueCoef(0.5).entropyCoef(0.01)
                .annealLr(false).build();
    }

    private static PpoPolicy zeroPolicy(PpoConfig cfg) {
        PpoPolicy p = new PpoPolicy(Space.Box.of(1, -10, 10), new Space.Discrete(2), cfg, Rngs.seeded(0));
        for (NDArray w : p.parameters()) w.set(new float[(int) w.size()]);
        return p;
    }

    private static RolloutBatch batch(double oldProb, float adv) {
        return new RolloutBatch(1, 1, 2, new float[]{1f}, new float[]{1f, 0f},
                new float[]{(float) Math.log(oldProb)}, new float[]{adv}, new float[]{1f});
    }

    private static float[] flat(PpoPolicy p) {
        List<NDArray> ps = p.parameters(); // actor W[1,2], actor b[2], critic W[1,1], critic b[1]
        float[] w = ps.get(0).toFloatArray(), b = ps.get(1).toFloatArray(), cw = ps.get(2).toFloatArray(), cb = ps.get(3).toFloatArray();
        return new float[]{w[0], w[1], b[0], b[1], cw[0], cb[0]};
    }

    @Test void unclippedPositiveAdvantageRaisesChosenLogit() {
        // ratio = 1, Â = 1: ∂(−rÂ)/∂logit0 = −(1 − p0) = −0.5, ∂/∂logit1 = +0.5; entropy gradient is 0 at uniform.
        // Critic: ∂(0.5·½(V−1)²)/∂V = 0.5·(0 − 1) = −0.5. Adam: θ ← θ − lr·sign(g) with x = 1.
        PpoConfig cfg = config();
        try (PpoPolicy p = zeroPolicy(cfg)) {
            Ppo ppo = new Ppo(p, cfg);
            PpoStats s = ppo.update(batch(0.5, 1f), Rngs.seeded(1));
            assertThat(flat(p)).containsExactly(new float[]{0.01f, -0.01f, 0.01f, -0.01f, 0.01f, 0.01f}, within(1e-6f));
            assertThat(s.policyLoss()).isCloseTo(-1.0, within(1e-6));   // −min(1·1, clip(1)·1)
            assertThat(s.valueLoss()).isCloseTo(0.5, within(1e-6));     // ½(0 − 1)²
            assertThat(s.entropy()).isCloseTo(Math.log(2), within(1e-6));
            assertThat(s.clipFraction()).isZero();
            assertThat(s.approxKl()).isCloseTo(0, within(1e-7));
        }
    }

    @Test void ratioAboveClipWithPositiveAdvantageGivesNoPolicyGradient() {
        // old prob 1/3 → ratio = 0.5/(1/3) = 1.5 > 1.2: min(1.5, 1.2)·1 = 1.2 is constant → actor unchanged.
        PpoConfig cfg = config();
        try (PpoPolicy p = zeroPolicy(cfg)) {
            PpoStats s = new Ppo(p, cfg).update(batch(1.0 / 3, 1f), Rngs.seeded(1));
            assertThat(flat(p)).containsExactly(new float[]{0f, 0f, 0f, 0f, 0.01f, 0.01f}, within(1e-6f));
            assertThat(s.policyLoss()).isCloseTo(-1.2, within(1e-6));
            assertThat(s.clipFraction()).isEqualTo(1.0);
        }
    }

    @Test void ratioAboveClipWithNegativeAdvantageKeepsPessimisticGradient() {
        // ratio = 1.5, Â = −1: min(−1.5, −1.2) = −1.5 is the unclipped branch, so ∂(−rÂ)/∂logit0 = r(1 − p0) = 0.75 > 0
        // → logit0 weights go down by lr, logit1 weights up by lr. Policy loss = −(−1.5) = 1.5.
        PpoConfig cfg = config();
        try (PpoPolicy p = zeroPolicy(cfg)) {
            PpoStats s = new Ppo(p, cfg).update(batch(1.0 / 3, -1f), Rngs.seeded(1));
            assertThat(flat(p)).containsExactly(new float[]{-0.01f, 0.01f, -0.01f, 0.01f, 0.01f, 0.01f}, within(1e-6f));
            assertThat(s.policyLoss()).isCloseTo(1.5, within(1e-5));
        }
    }

    @Test void clippedSurrogateOnAHandBuiltBatch() {
        // rows (r, Â): (0.5, 2) → min(1.0, 0.8·2=1.6) = 1.0; (1.1, 1) → 1.1; (1.5, −1) → min(−1.5, −1.2) = −1.5;
        // (0.7, −2) → min(−1.4, −1.6) = −1.6. Mean = (1.0 + 1.1 − 1.5 − 1.6)/4 = −0.25.
        try (var m = io.aigcnet.learn.nn.Torch.engine().newBaseManager()) {
            NDArray r = m.create(new float[]{0.5f, 1.1f, 1.5f, 0.7f});
            NDArray a = m.create(new float[]{2f, 1f, -1f, -2f});
            assertThat(PpoLoss.clippedSurrogate(r, a, 0.2).getFloat()).isCloseTo(-0.25f, within(1e-6f));
            NDArray v = m.create(new float[]{1f, 3f});
            NDArray ret = m.create(new float[]{0f, 1f});
            assertThat(PpoLoss.valueLoss(v, ret).getFloat()).isCloseTo(1.25f, within(1e-6f)); // ½·(1 + 4)/2
        }
    }
}
