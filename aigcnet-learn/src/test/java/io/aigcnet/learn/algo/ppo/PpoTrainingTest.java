package io.aigcnet.learn.algo.ppo;

import io.aigcnet.learn.env.classic.CartPole;
import io.aigcnet.learn.env.classic.Pendulum;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.learn.train.OnPolicyTrainer;
import io.aigcnet.learn.train.Rngs;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class PpoTrainingTest {
    @Test void learnsCartPoleWellBeyondRandomInAShortRun() {
        // a random policy averages ≈ 22 on CartPole; the full 100k-step run reaches 500 (learn-sanity)
        MemoryTrainLog log = new MemoryTrainLog();
        try (PpoPolicy p = OnPolicyTrainer.builder().setEnvFactory(CartPole::new).setConfig(PpoConfig.defaults())
                .setSteps(25_000).optLog(log).build().run(Rngs.seeded(1))) {
            assertThat(log.last("eval/final_return")).isGreaterThan(100);
        }
    }

    @Test void sameSeedGivesTheSameCurveAndAnotherSeedDoesNot() {
        PpoConfig cfg = PpoConfig.builder().numEnvs(4).rolloutSteps(64).minibatchSize(64).epochs(4).build();
        assertThat(curve(cfg, 7)).isEqualTo(curve(cfg, 7)).isNotEqualTo(curve(cfg, 8));
    }

    @Test void gaussianPolicyRunsOnPendulum() {
        PpoConfig cfg = PpoConfig.builder().numEnvs(2).rolloutSteps(100).minibatchSize(50).epochs(2)
                .normalizeObservations(true).build();
        MemoryTrainLog log = new MemoryTrainLog();
        try (PpoPolicy p = OnPolicyTrainer.builder().setEnvFactory(Pendulum::new).setConfig(cfg).setSteps(800)
                .optLog(log).build().run(Rngs.seeded(3))) {
            double[] a = p.act(new double[]{1, 0, 0});
            assertThat(a).hasSize(1);
            assertThat(a[0]).isBetween(-2.0, 2.0);
            assertThat(log.entries("ppo/value_loss")).hasSize(4);
        }
    }

    @Test void checkpointRoundTripRestoresActionsAndNormaliser(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        PpoConfig cfg = PpoConfig.builder().numEnvs(2).rolloutSteps(100).minibatchSize(50).epochs(1).normalizeObservations(true).build();
        java.nio.file.Path file = dir.resolve("ppo.ckpt");
        try (PpoPolicy trained = OnPolicyTrainer.builder().setEnvFactory(Pendulum::new).setConfig(cfg).setSteps(400)
                .build().run(Rngs.seeded(3));
             PpoPolicy fresh = new PpoPolicy(new Pendulum().observationSpace(), new Pendulum().actionSpace(), cfg, Rngs.seeded(99))) {
            trained.save(file);
            double[] obs = {0.3, -0.9, 2.0};
            assertThat(fresh.act(obs)).isNotEqualTo(trained.act(obs));
            fresh.load(file);
            assertThat(fresh.act(obs)).containsExactly(trained.act(obs));
            assertThat(fresh.input(obs)).containsExactly(trained.input(obs)); // normaliser state restored too
        }
        try (PpoPolicy other = new PpoPolicy(new CartPole().observationSpace(), new CartPole().actionSpace(), cfg, Rngs.seeded(1))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.load(file)).hasMessageContaining("ppo.ckpt");
        }
    }

    @Test void singleEnvironmentFacadeTrainsAndActs() {
        MemoryTrainLog log = new MemoryTrainLog();
        try (PpoPolicy p = io.aigcnet.learn.train.OnPolicyTrainer.train(new CartPole(), 1024, Rngs.seeded(2), log)) {
            assertThat(p.act(new double[]{0, 0, 0.05, 0})[0]).isIn(0.0, 1.0);
            assertThat(log.entries("ppo/policy_loss")).hasSize(4); // 1024 steps / 256-step rollouts
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.aigcnet.learn.train.OnPolicyTrainer.train(new CartPole(), PpoConfig.defaults(), 1024, Rngs.seeded(2), log))
                .hasMessageContaining("numEnvs = 8 must be 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PpoConfig.builder().clipEps(1.5).build())
                .hasMessageContaining("PpoConfig.clipEps = 1.5 must be in (0, 1)");
    }

    private static java.util.List<MemoryTrainLog.Entry> curve(PpoConfig cfg, long seed) {
        MemoryTrainLog log = new MemoryTrainLog();
        try (PpoPolicy p = OnPolicyTrainer.builder().setEnvFactory(CartPole::new).setConfig(cfg).setSteps(2_048)
                .optLog(log).build().run(Rngs.seeded(seed))) {
            return log.entries();
        }
    }
}
