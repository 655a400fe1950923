package io.aigcnet.layer2.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class Layer2LoadExperimentsTest {
    @Test
    void throughputRatioAtMaxWorkloadMeetsPaper() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ProsecutorThroughputExperiment(), 7);
        assertThat(run.number("throughput_tps.baseline.5000")).isLessThanOrEqualTo(400.0);
        assertThat(run.number("throughput_tps.prosecutor.5000")).isGreaterThan(4_900.0);
        assertThat(run.number("ratio_at_max_workload")).isGreaterThanOrEqualTo(12.5);
    }

    @Test
    void storageSavingsMeetTargets() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ProsecutorStorageExperiment(), 7);
        for (String w : new String[] {"100", "200", "500"}) {
            assertThat(run.number("saving_pct.rollup." + w)).as("roll-up saving @" + w).isGreaterThanOrEqualTo(67.5);
            assertThat(run.number("saving_pct.compact." + w)).as("compact saving @" + w).isGreaterThanOrEqualTo(95.0);
        }
        assertThat(run.number("storage_mib_per_hour.baseline.100")).isCloseTo(34.07, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void channelLatencyIsFlatAndBelowTheBaselines() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new ProsecutorLatencyExperiment(), 7);
        double lo = run.number("latency_s.channel.p50.100");
        double hi = run.number("latency_s.channel.p50.5000");
        assertThat(hi / lo).isBetween(0.67, 1.5);
        assertThat(run.number("latency_s.baseline.p50.100")).isGreaterThanOrEqualTo(5.0);
        assertThat(run.number("latency_s.baseline.p50.5000")).isGreaterThan(run.number("latency_s.baseline.p50.100"));
    }
}
