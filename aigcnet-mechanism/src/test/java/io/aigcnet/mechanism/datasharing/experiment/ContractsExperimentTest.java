package io.aigcnet.mechanism.datasharing.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class ContractsExperimentTest {

    @Test
    void quickRunRecordsBothMenusForThePaperStates() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ContractsExperiment(), 1);
        JsonNode states = run.node("states");
        assertThat(states).hasSize(3);
        // the optimum of state 1 (SciPy SLSQP reference, see OptimalContractSolverTest)
        assertThat(states.get(0).get("optimal").get("U_B").asDouble()).isCloseTo(2547.371481, within(1e-4));
        for (JsonNode s : states) {
            assertThat(s.get("state")).hasSize(8);
            assertThat(s.get("ppo").get("f")).hasSize(2);
            assertThat(s.get("ppo").get("r")).hasSize(2);
            double ppo = s.get("ppo").get("U_B").asDouble(), opt = s.get("optimal").get("U_B").asDouble();
            // a feasible menu can never beat the exact optimum
            if (s.get("ppo").get("feasible").asBoolean()) assertThat(ppo).isLessThanOrEqualTo(opt + 1e-9);
            assertThat(s.get("rel_gap").asDouble()).isCloseTo((opt - ppo) / opt, within(1e-12));
        }
        assertThat(run.dir().resolve("contracts.csv")).exists();
    }
}
