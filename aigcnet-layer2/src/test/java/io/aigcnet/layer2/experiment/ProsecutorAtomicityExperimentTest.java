package io.aigcnet.layer2.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class ProsecutorAtomicityExperimentTest {
    @Test
    void quickRunIsFullyAtomicAndLatencyRisesWithDelayProbability() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ProsecutorAtomicityExperiment(), 42);
        for (String p : new String[] {"0", "0_1", "0_2", "0_3", "0_4", "0_5"}) {
            assertThat(run.number("atomicity_pct." + p)).as("atomicity at p=" + p).isEqualTo(100.0);
        }
        assertThat(run.number("latency_s.0_5")).isGreaterThan(run.number("latency_s.0"));
        assertThat(run.number("latency_s.0_3")).isGreaterThan(run.number("latency_s.0"));
    }
}
