package io.aigcnet.edge.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class AspSelectionExperimentTest {
    @Test void quickRunWritesEveryKeyAndTheUpperBoundLeadsTheHeuristics() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new AspSelectionExperiment(), 1);
        for (String p : AspSelectionExperiment.POLICIES) {
            assertThat(run.node("cumulative_reward." + p)).as(p).isNotNull();
            assertThat(run.number("crash_events." + p)).as(p).isGreaterThanOrEqualTo(0);
        }
        double prophet = run.number("cumulative_reward.prophet");
        for (String h : AspSelectionExperiment.HEURISTICS) assertThat(prophet).isGreaterThan(run.number("cumulative_reward." + h));
        assertThat(run.number("tasks_per_test_episode")).isBetween(60.0, 140.0); // quick horizon 10^5 s at λ = 0.001 /s
        assertThat(run.dir().resolve("training_curve.csv")).exists();
        assertThat(run.dir().resolve("cumulative_reward.png")).exists();
        assertThat(run.dir().resolve("report.md")).exists();
    }
}
