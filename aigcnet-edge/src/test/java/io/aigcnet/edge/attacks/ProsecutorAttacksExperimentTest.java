package io.aigcnet.edge.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class ProsecutorAttacksExperimentTest {
    @Test
    void quickRunWritesEveryAttackKey() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ProsecutorAttacksExperiment(), 1);
        for (String name : ProsecutorAttacksExperiment.NAMES) {
            String k = "attacks." + name + ".";
            assertThat(run.node(k + "defended")).as(k + "defended").isNotNull();
            assertThat(run.node(k + "defended").isBoolean()).isTrue();
            assertThat(Double.isFinite(run.number(k + "metric"))).isTrue();
            assertThat(Double.isFinite(run.number(k + "baseline_metric"))).isTrue();
            assertThat(run.node(k + "unit").asText()).isNotBlank();
            assertThat(run.node(k + "description").asText()).isNotBlank();
        }
        assertThat(run.number("summary.attacks")).isEqualTo(8);
    }
}
