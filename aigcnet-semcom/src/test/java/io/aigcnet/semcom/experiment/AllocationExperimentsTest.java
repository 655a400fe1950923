package io.aigcnet.semcom.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

/** Quick forms of the allocation experiments (Figs. 13–16a). */
class AllocationExperimentsTest {

    @Test
    void training() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new TrainingExperiment(), 1);
        for (String k : new String[] {"add_t5", "add_t6", "ppo", "fixed", "random"})
            assertThat(Double.isFinite(r.number("final_reward." + k))).as(k).isTrue();
        assertThat(r.node("curve.add_t5").size()).isPositive();
    }

    @Test
    void states() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new StatesExperiment(), 1);
        assertThat(r.node("states").size()).isEqualTo(3);
        assertThat(r.node("states").get(0).get("size_px").asInt()).isEqualTo(144_433);
        assertThat(r.node("states").get(2).get("size_px").asInt()).isEqualTo(196_791);
        for (int i = 0; i < 3; i++) for (String k : new String[] {"add_t5", "add_t6", "ppo"}) {
            double px = r.node("states").get(i).get("allocation_px").get(k).asDouble();
            assertThat(px).isBetween(0.0, (double) r.node("states").get(i).get("size_px").asInt());
            assertThat(r.node("states").get(i).get("utility").get(k).isNumber()).isTrue();
        }
    }

    @Test
    void users() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new UsersExperiment(), 1);
        for (String k : new String[] {"add_t5", "add_t6", "ppo", "fixed"}) {
            assertThat(Double.isFinite(r.number("total_utility." + k + ".1"))).isTrue();
            assertThat(Double.isFinite(r.number("total_utility." + k + ".2"))).isTrue();
        }
        assertThat(Double.isFinite(r.number("avg_utility_constrained.1"))).isTrue();
        assertThat(Double.isFinite(r.number("avg_utility_constrained.2"))).isTrue();
        assertThat(r.number("weights.mean_allocation_px.default")).isGreaterThanOrEqualTo(0);
        assertThat(r.number("weights.mean_allocation_px.omega_1_200_0_2")).isGreaterThanOrEqualTo(0);
    }
}
