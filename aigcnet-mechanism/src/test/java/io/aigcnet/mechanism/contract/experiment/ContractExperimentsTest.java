package io.aigcnet.mechanism.contract.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The --quick form of each contract experiment runs end to end and writes its stable keys. */
class ContractExperimentsTest {
    static final Path TINY = Path.of("src/test/resources/contract/tiny-learners.yaml");

    @Test
    void moralHazardEveryDeviationIsWorse() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.run(new MoralHazardExperiment(), 1, true, null);
        double follow = run.number("response.U_SP");
        var devs = run.node("deviations");
        assertThat(devs.size()).isGreaterThanOrEqualTo(9 * 9 - 1);
        for (var d : devs) {
            assertThat(d.get("U_SP").asDouble()).isLessThan(follow);
            assertThat(d.has("c_bar") && d.has("F_e")).isTrue();
        }
        assertThat(run.node("all_deviations_worse").asBoolean()).isTrue();
        assertThat(run.dir().resolve("deviations.csv")).exists();
        assertThat(run.dir().resolve("deviations.png")).exists();
        assertThat(run.dir().resolve("report.md")).content().contains("PASS");
    }

    @Test
    void prosecutorTrainingWritesTheFigureKeys() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorTrainingExperiment(), 1, true, TINY);
        for (String k : new String[] {"diffusion", "ppo", "sac"}) {
            assertThat(run.number("final_reward." + k)).isBetween(-500.0, run.number("optimal_reward") + 1e-6);
            assertThat(run.node("gap_pct." + k)).isNotNull();
        }
        assertThat(run.number("optimal_reward")).isGreaterThan(0);
        assertThat(run.dir().resolve("training_curve.csv")).exists();
        assertThat(run.dir().resolve("training.png")).exists();
    }

    @Test
    void prosecutorStatesWritesOneEntryPerState() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorStatesExperiment(), 1, true, TINY);
        var states = run.node("states");
        assertThat(states.size()).isGreaterThanOrEqualTo(3);
        for (var s : states) {
            assertThat(s.get("state").size()).isEqualTo(12);
            double opt = s.get("optimal").get("U_C").asDouble();
            for (String k : new String[] {"diffusion", "ppo", "sac"}) {
                var o = s.get(k);
                assertThat(o.get("U_C").asDouble()).isLessThanOrEqualTo(opt + 1e-6);
                assertThat(o.get("ir").isBoolean() && o.get("ic").isBoolean()).isTrue();
                assertThat(o.get("gap_pct").asDouble()).isGreaterThanOrEqualTo(-1e-6);
            }
        }
        assertThat(run.dir().resolve("contracts.csv")).exists();
    }

    @Test
    void surveyWritesTheFigureKeys() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.run(new SurveyContractExperiment(), 1, true, TINY);
        for (String k : new String[] {"diffusion", "sac", "ppo", "optimal"}) {
            assertThat(run.node("fixed_state." + k + ".c_q")).isNotNull();
            assertThat(run.node("fixed_state." + k + ".c_f")).isNotNull();
            assertThat(run.node("fixed_state." + k + ".U_SIR")).isNotNull();
        }
        for (String k : new String[] {"diffusion", "sac", "ppo"}) assertThat(run.node("final_reward." + k)).isNotNull();
        assertThat(run.number("fixed_state.optimal.U_SIR")).isLessThan(run.number("fixed_state.first_best_unconstrained_c_f.U_SIR"));
        assertThat(run.number("diffusion_steps_N")).isEqualTo(10);
        assertThat(run.dir().resolve("fixed_state.png")).exists();
    }
}
