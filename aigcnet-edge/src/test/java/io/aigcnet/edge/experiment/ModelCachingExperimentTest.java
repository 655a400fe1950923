package io.aigcnet.edge.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class ModelCachingExperimentTest {
    @Test void quickRunWritesTheKeysAndBiggerCachesHitMore() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ModelCachingExperiment(), 1);
        for (String p : ModelCachingExperiment.POLICIES) {
            double small = run.number("hit_rate." + p + ".24"), big = run.number("hit_rate." + p + ".48");
            assertThat(small).isBetween(0.0, 1.0);
            assertThat(big).isGreaterThanOrEqualTo(small);
            assertThat(run.number("model_load_delay_s." + p + ".48")).isLessThanOrEqualTo(run.number("model_load_delay_s." + p + ".24"));
        }
        assertThat(run.node("load_delay_reduction_vs_lru.mean")).isNotNull();
        assertThat(run.dir().resolve("caching.csv")).exists();
        assertThat(run.dir().resolve("model_load_delay.png")).exists();
    }
}
