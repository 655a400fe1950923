package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.buffer.ReplayBuffer;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.classic.Pendulum;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.Rngs;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiffusionActorTest {
    @Test void reverseStepWithExactNoisePredictionRecoversTheCleanSample() {
        // If ε̂ is the true noise of x_t = √ᾱ_t·x0 + √(1−ᾱ_t)·ε, then x̂0 = x0 and, with z = 0, the step returns
        // the posterior mean c0·x0 + ct·x_t; at t = 1 it returns x0 itself (c0 = 1, ct = 0).
        BetaSchedule s = BetaSchedule.vp(5);
        DiffusionActor actor = new DiffusionActor(null, s, 2, true);
        try (NDManager m = Torch.engine().newBaseManager()) {
            float[] x0 = {0.3f, -0.7f}, eps = {1.2f, -0.4f};
            for (int t : new int[]{1, 3, 5}) {
                double ab = s.alphaBar(t);
                float[] xt = new float[2];
                for (int i = 0; i < 2; i++) xt[i] = (float) (Math.sqrt(ab) * x0[i] + Math.sqrt(1 - ab) * eps[i]);
                NDArray out = actor.reverseStep(m.create(xt, new Shape(1, 2)), m.create(eps, new Shape(1, 2)), t, null);
                double[] c = s.posteriorMeanCoefficients(t);
                for (int i = 0; i < 2; i++)
                    assertThat(out.toFloatArray()[i]).isCloseTo((float) (c[0] * x0[i] + c[1] * xt[i]), within(1e-5f));
                if (t == 1) assertThat(out.toFloatArray()).containsExactly(x0, within(1e-5f));
            }
        }
    }

    @Test void paperLiteralStepIsEq21AsPrintedByHand() {
        // G-SemCom eq. (21) verbatim at t = 2 of a T = 5 VP schedule: b_1 = (b_2 − β_2/√(1−α_2)·ε)/√α_2 + β_2·z
        BetaSchedule s = BetaSchedule.vp(5);
        DiffusionActor actor = new DiffusionActor(null, s, 1, true, true);
        double b = s.beta(2), a = 1 - b, bt = 0.3, eps = 0.2, z = -0.5;
        double expected = (bt - b / Math.sqrt(1 - a) * eps) / Math.sqrt(a) + b * z;
        try (NDManager m = Torch.engine().newBaseManager()) {
            NDArray out = actor.literalStep(m.create(new float[]{(float) bt}, new Shape(1, 1)), m.create(new float[]{(float) eps}, new Shape(1, 1)),
                    2, m.create(new float[]{(float) (b * z)}, new Shape(1, 1)));
            assertThat(out.toFloatArray()[0]).isCloseTo((float) expected, within(1e-6f));
            // and it is not DDPM's step: with the same ε̂ and no noise the two differ
            NDArray ddpm = new DiffusionActor(null, s, 1, false).reverseStep(m.create(new float[]{(float) bt}, new Shape(1, 1)),
                    m.create(new float[]{(float) eps}, new Shape(1, 1)), 2, null);
            assertThat(Math.abs(ddpm.toFloatArray()[0] - (float) (expected - b * z))).isGreaterThan(1e-3f);
        }
    }

    @Test void paperLiteralChainDrawsNoiseForTheLastStepToo() {
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(16, 16).withPaperLiteralReverse(true);
        try (DiffusionAgent a = new DiffusionAgent(Space.Box.of(3, -1, 1), Space.Box.of(2, -1, 1), cfg, Rngs.seeded(3))) {
            assertThat(a.actor().noise(4, Rngs.seeded(1))).hasNumberOfRows(6); // a_T plus a z for each of the 5 steps
            float[] out = a.generate(new double[][]{{0.1, 0.2, 0.3}}, Rngs.seeded(1));
            assertThat(out).containsExactly(a.generate(new double[][]{{0.1, 0.2, 0.3}}, Rngs.seeded(1)), within(0f));
            for (float v : out) assertThat(v).isBetween(-1f, 1f);
        }
        try (DiffusionAgent d = new DiffusionAgent(Space.Box.of(3, -1, 1), Space.Box.of(2, -1, 1), cfg.withPaperLiteralReverse(false), Rngs.seeded(3))) {
            assertThat(d.actor().noise(4, Rngs.seeded(1))).hasNumberOfRows(5);
        }
    }

    @Test void tdTargetAndActorLossByHand() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            // y = r + γ(1−d)·minQ': (1 + 0.9·2, 3 + 0) = (2.8, 3)
            NDArray y = io.aigcnet.learn.algo.critic.TwinCritic.tdTarget(m.create(new float[]{1, 3}), m.create(new float[]{0, 1}), m.create(new float[]{2, 5}), 0.9);
            assertThat(y.toFloatArray()).containsExactly(new float[]{2.8f, 3f}, within(1e-6f));
            // −mean(Q) = −(2 − 4)/2 = 1; normalised by mean|Q| = 3 → 1/3
            NDArray q = m.create(new float[]{2, -4});
            assertThat(DiffusionAgent.actorLoss(q, false).getFloat()).isCloseTo(1f, within(1e-6f));
            assertThat(DiffusionAgent.actorLoss(q, true).getFloat()).isCloseTo(1f / 3, within(1e-6f));
        }
    }

    @Test void chainOutputsStayInTheUnitBoxForEveryT() {
        for (int t : new int[]{5, 6, 10}) {
            DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(t).withSizes(16, 16);
            try (DiffusionAgent a = new DiffusionAgent(Space.Box.of(3, -1, 1), Space.Box.of(2, -1, 1), cfg, Rngs.seeded(t))) {
                assertThat(a.actor().steps()).isEqualTo(t);
                float[] out = a.generate(new double[][]{{0.1, 0.2, 0.3}, {1, -1, 0}}, Rngs.seeded(1));
                assertThat(out).hasSize(4);
                for (float v : out) assertThat(v).isBetween(-1f, 1f);
            }
        }
    }

    @Test void banditModeLearnsATargetActionAndLeaksNoTensors() {
        // One-step task: reward −(a − 0.5)², any state. The actor must move its output towards 0.5.
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(32, 32).withLearning(3e-3, 3e-3, 0, 64, 64)
                .withBoundaryPenalty(1.0);
        try (DiffusionAgent agent = new DiffusionAgent(Space.Box.of(1, -1, 1), Space.Box.of(1, -1, 1), cfg, Rngs.seeded(5))) {
            var rng = Rngs.seeded(6);
            ReplayBuffer buf = new ReplayBuffer(10_000, 1, 1);
            for (int k = 0; k < 300; k++) {
                float[] a = agent.explore(new double[]{0}, rng);
                buf.add(new double[]{0}, a, -(a[0] - 0.5) * (a[0] - 0.5), new double[]{0}, true);
                if (k >= 64) agent.update(buf.sample(64, rng), rng);
            }
            int before = agent.parameters().get(0).getManager().getManagedArrays().size();
            for (int k = 0; k < 10; k++) agent.update(buf.sample(64, rng), rng);
            assertThat(agent.parameters().get(0).getManager().getManagedArrays()).hasSize(before);
            double mean = 0;
            for (int k = 0; k < 20; k++) mean += agent.generate(new double[][]{{0}}, rng)[0] / 20;
            assertThat(mean).isCloseTo(0.5, within(0.15));
        }
    }

    @Test void tdModeRunsOnPendulum() {
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(16, 16).withLearning(1e-3, 1e-3, 0, 32, 50)
                .withTargets(TargetMode.TD, 0.99, 0.005);
        Pendulum env = new Pendulum();
        try (DiffusionAgent agent = new DiffusionAgent(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(1))) {
            double r = OffPolicyTrainer.builder().setEnv(env).optEvalEnv(new Pendulum()).optEvalEpisodes(1).setSteps(250)
                    .optBatchSize(32).optLearningStarts(50).build().run(agent, Rngs.seeded(2));
            assertThat(r).isBetween(-2000.0, 0.0);
        }
    }
    @Test void delayedPolicyUpdateMovesTheActorOnlyOnEveryDthCriticUpdate() {
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(16, 16).withLearning(1e-3, 1e-3, 0, 16, 16)
                .withTargets(TargetMode.TD, 0.99, 0.005).withPolicyDelay(3);
        try (DiffusionAgent agent = new DiffusionAgent(Space.Box.of(2, -1, 1), Space.Box.of(1, -1, 1), cfg, Rngs.seeded(3))) {
            var rng = Rngs.seeded(4);
            ReplayBuffer buf = new ReplayBuffer(100, 2, 1);
            for (int k = 0; k < 32; k++) buf.add(new double[]{rng.nextDouble(), rng.nextDouble()}, agent.randomAction(rng), rng.nextDouble(), new double[]{0, 0}, false);
            for (int u = 1; u <= 6; u++) {
                float[] actorBefore = agent.actor().parameters().get(0).toFloatArray();
                var stats = agent.update(buf.sample(16, rng), rng);
                boolean moved = !java.util.Arrays.equals(actorBefore, agent.actor().parameters().get(0).toFloatArray());
                assertThat(stats).containsKey("critic_loss");
                assertThat(moved).as("actor moved at critic update %d", u).isEqualTo(u % 3 == 0);
                assertThat(stats.containsKey("actor_loss")).isEqualTo(u % 3 == 0);
            }
        }
    }

    @Test void policyDelayBelowOneIsRejectedWithTheFieldName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiffusionConfig.gdmopt().withPolicyDelay(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policyDelay");
    }

    /**
     * Regression for a DJL 0.32 lifetime bug (see {@code Nd}): with {@code x.mul(Number)} in the reverse
     * chain, a run under GC pressure read freed scalar memory in backward and its curve left the
     * unpressured one. Here a background thread collects garbage and refills small direct buffers while
     * one of two same-seed runs trains; the final parameters must be bit-identical.
     */
    @Test void sameSeedSameParametersEvenUnderGcPressure() throws InterruptedException {
        float[] calm = trainedParameters(11, false);
        assertThat(trainedParameters(11, true)).isEqualTo(calm);
        assertThat(trainedParameters(12, false)).isNotEqualTo(calm);
    }

    private static float[] trainedParameters(long seed, boolean pressure) throws InterruptedException {
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(5).withSizes(16, 16).withLearning(1e-3, 1e-3, 0, 32, 40)
                .withTargets(TargetMode.TD, 0.98, 0.005).withBoundaryPenalty(1.0);
        Pendulum env = new Pendulum();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread churn = new Thread(() -> {
            while (!stop.get()) {
                System.gc();
                java.util.List<java.nio.ByteBuffer> junk = new java.util.ArrayList<>();
                for (int i = 0; i < 5_000; i++) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocateDirect(4).order(java.nio.ByteOrder.nativeOrder());
                    b.putFloat(0, 1e6f);
                    junk.add(b);
                }
            }
        });
        if (pressure) churn.start();
        try (DiffusionAgent agent = new DiffusionAgent(env.observationSpace(), env.actionSpace(), cfg, Rngs.seeded(seed))) {
            OffPolicyTrainer.builder().setEnv(env).setSteps(120).optBatchSize(32).optLearningStarts(40).build()
                    .run(agent, Rngs.seeded(seed + 100));
            java.util.List<Float> all = new java.util.ArrayList<>();
            for (NDArray p : agent.parameters()) for (float v : p.toFloatArray()) all.add(v);
            float[] out = new float[all.size()];
            for (int i = 0; i < out.length; i++) out[i] = all.get(i);
            return out;
        } finally {
            stop.set(true);
            if (pressure) churn.join();
        }
    }
}
