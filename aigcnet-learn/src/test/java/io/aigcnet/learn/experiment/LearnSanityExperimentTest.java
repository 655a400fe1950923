package io.aigcnet.learn.experiment;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class LearnSanityExperimentTest {
    @Test void quickRunRecordsTheThreeKeysWithPlausibleValues() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new LearnSanityExperiment(), 1);
        // CartPole returns lie in [1, 500]; Pendulum returns in about [−1700, 0] per 200-step episode
        assertThat(run.number("ppo_cartpole")).isBetween(1.0, 500.0);
        assertThat(run.number("sac_pendulum")).isBetween(-2000.0, 0.0);
        assertThat(run.number("diffusion_pendulum")).isBetween(-2000.0, 0.0);
        assertThat(run.numbers("per_seed.ppo_cartpole")).hasSize(1);
        assertThat(run.number("target.sac_pendulum")).isEqualTo(-200.0);
        assertThat(run.dir().resolve("eval_curves.csv")).exists();
    }
}
