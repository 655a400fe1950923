package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.aigcnet.learn.dist.DiagGaussian;
import io.aigcnet.learn.env.classic.Pendulum;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.Rngs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SacTest {
    @Test void lossTermsOnAHandBuiltBatch() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            // y = r + γ(1−d)(minQ' − α logπ'): row 1: 1 + 0.99·(2 − 0.5·(−1)) = 3.475; row 2 terminal: 0.5
            NDArray y = SacLoss.criticTarget(m.create(new float[]{1f, 0.5f}), m.create(new float[]{0f, 1f}),
                    m.create(new float[]{2f, 9f}), m.create(new float[]{-1f, 3f}), 0.5, 0.99);
            assertThat(y.toFloatArray()).containsExactly(new float[]{3.475f, 0.5f}, within(1e-5f));
            // J_Q = mean((1−3)², (0−1)²) + mean((2−3)², (1−1)²) = 2.5 + 0.5 = 3
            NDArray target = m.create(new float[]{3f, 1f});
            assertThat(SacLoss.criticLoss(m.create(new float[]{1f, 0f}), m.create(new float[]{2f, 1f}), target).getFloat())
                    .isCloseTo(3f, within(1e-6f));
            // J_π = mean(0.2·logπ − minQ) = mean(0.2·(−1) − 1, 0.2·2 − 3) = (−1.2 − 2.6)/2 = −1.9
            assertThat(SacLoss.actorLoss(m.create(new float[]{-1f, 2f}), m.create(new float[]{1f, 3f}), 0.2).getFloat())
                    .isCloseTo(-1.9f, within(1e-6f));
            // J(α) = −mean(logα·(logπ + H̄)) with logα = 0.5, H̄ = −1: −0.5·mean(−2 − 1, 0.5 − 1) = −0.5·(−1.75) = 0.875
            assertThat(SacLoss.alphaLoss(m.create(new float[]{0.5f}), m.create(new float[]{-2f, 0.5f}), -1).getFloat())
                    .isCloseTo(0.875f, within(1e-6f));
        }
    }

    @Test void tanhJacobianMatchesDirectFormula() {
        // Σ log(1 − tanh²u) for u = (0, 1.5, −3): the stable form must equal the direct one
        try (NDManager m = Torch.engine().newBaseManager()) {
            double[] u = {0, 1.5, -3};
            double direct = 0;
            for (double v : u) direct += Math.log(1 - Math.tanh(v) * Math.tanh(v));
            NDArray x = m.create(new float[]{0f, 1.5f, -3f}).reshape(1, 3);
            assertThat(DiagGaussian.tanhLogDetJacobian(x).getFloat()).isCloseTo((float) direct, within(1e-5f));
            // log N(μ; μ, σ²) in 1-D with log σ = 0: −½ log 2π
            NDArray mu = m.create(new float[]{0.3f}).reshape(1, 1);
            NDArray ls = m.create(new float[]{0f}).reshape(1, 1);
            assertThat(DiagGaussian.logProb(mu, ls, mu).getFloat()).isCloseTo((float) (-0.5 * Math.log(2 * Math.PI)), within(1e-6f));
        }
    }

    @Test void shortRunUpdatesAlphaAndCheckpointRoundTrips() throws Exception {
        Pendulum env = new Pendulum();
        SacConfig cfg = SacConfig.defaults().withHidden(32, 32).withBatch(64, 100);
        MemoryTrainLog log = new MemoryTrainLog();
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(1));
             Sac copy = new Sac(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(99))) {
            OffPolicyTrainer.builder().setEnv(env).setSteps(1000).optBatchSize(64).optLearningStarts(700).optLog(log)
                    .build().run(sac, Rngs.seeded(2));
            // α starts at 1 and the high-entropy initial policy drives log α down
            assertThat(sac.alpha()).isLessThan(1.0);
            assertThat(log.entries("agent/critic_loss")).hasSize(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            sac.save(new DataOutputStream(bytes));
            copy.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "memory");
            double[] obs = {0.6, 0.8, -0.3};
            assertThat(copy.act(obs)).containsExactly(sac.act(obs));
            assertThat(copy.alpha()).isEqualTo(sac.alpha());
        }
    }

    @Test void firstUpdateMovesLogAlphaByExactlyMinusLr() {
        // J(α) = −log α·(log π + H̄), H̄ = −1. A fresh tanh-Gaussian (σ ≈ 1) has log π < 1 for every sample
        // (its density is below e), so ∂J/∂log α = −mean(log π − 1) > 0 and Adam's first step is −lr·sign = −lr:
        // log α goes from 0 to −0.003 exactly (up to ε), whatever the batch.
        Pendulum env = new Pendulum();
        SacConfig cfg = SacConfig.defaults().withHidden(8, 8).withBatch(16, 0).withLearningRates(1e-3, 1e-3, 3e-3);
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(3))) {
            io.aigcnet.learn.buffer.ReplayBuffer buf = new io.aigcnet.learn.buffer.ReplayBuffer(64, 3, 1);
            var rng = Rngs.seeded(4);
            double[] o = env.reset(rng);
            for (int i = 0; i < 16; i++) {
                float[] a = sac.randomAction(rng);
                var st = env.step(sac.toEnv(a));
                buf.add(o, a, st.reward(), st.observation(), false);
                o = st.observation();
            }
            sac.update(buf.sample(16, rng), rng);
            assertThat(Math.log(sac.alpha())).isCloseTo(-3e-3, within(1e-6));
        }
    }

    @Test void sameSeedSameCurve() {
        assertThat(curve(4)).isEqualTo(curve(4)).isNotEqualTo(curve(5));
    }

    private static java.util.List<MemoryTrainLog.Entry> curve(long seed) {
        Pendulum env = new Pendulum();
        SacConfig cfg = SacConfig.defaults().withHidden(16, 16).withBatch(32, 100);
        MemoryTrainLog log = new MemoryTrainLog();
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(seed))) {
            OffPolicyTrainer.builder().setEnv(env).optEvalEnv(new Pendulum()).optEvalEpisodes(1).optEvalEvery(100).setSteps(200)
                    .optBatchSize(32).optLearningStarts(100).optLog(log).build().run(sac, Rngs.seeded(seed));
        }
        return log.entries();
    }
}
