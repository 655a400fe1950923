package io.aigcnet.mechanism.datasharing.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class TrainingExperimentTest {

    @Test
    void quickRunLearnsToBeatRandomAndStaysBelowTheOptimum() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new TrainingExperiment(), 1);
        double ppo = run.number("ppo.final_test_reward_mean");
        double random = run.number("random.test_reward_mean");
        double optimal = run.number("optimal.test_reward_mean");
        // Random per type is mostly infeasible (about -430, see RandomContractDesignerTest)
        assertThat(random).isBetween(-500.0, -300.0);
        assertThat(optimal).isBetween(1600.0, 2750.0);
        assertThat(ppo).isGreaterThan(random).isLessThanOrEqualTo(optimal);
        assertThat(run.number("ppo.feasible_pct")).isBetween(0.0, 100.0);
        assertThat(run.number("ppo.final_regret_mean")).isGreaterThanOrEqualTo(0.0);
        assertThat(run.node("ppo.seeds.312")).isNotNull();
        assertThat(run.dir().resolve("training_curve.csv")).exists();
        assertThat(run.dir().resolve("test_reward.png")).exists();
    }
}
