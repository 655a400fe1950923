package io.aigcnet.chain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProsecutorBaselineExperimentTest {
    @TempDir
    Path tmp;

    @Test
    void quickRunShowsSaturationExactStorageAndLatencyAboveTheInterval() throws Exception {
        // the observer persists to a real RocksDB store, so the disk figure is measured bytes
        Path cfg = tmp.resolve("baseline.yaml");
        Files.writeString(cfg, "disk_store: rocksdb\n");
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorBaselineExperiment(), 7, true, cfg);
        // below saturation every injected transaction is finalised
        assertThat(run.number("throughput_tps.regular.100")).isCloseTo(100, within(2.0));
        // 5 s x 2000 tx caps the regular chain at 400 TPS; the paper measured 387
        assertThat(run.number("throughput_tps.regular.500")).isBetween(370.0, 400.0);
        assertThat(run.number("throughput_tps.regular.2000")).isBetween(370.0, 400.0);
        assertThat(run.number("throughput_tps.ideal.2000")).isLessThanOrEqualTo(2000.0).isGreaterThan(1500.0);
        // canonical growth: 720 blocks/h x (120 + 500 x 99) B = 34.071 MiB/h (hand computation, spec §5.4)
        assertThat(run.number("storage_mib_per_hour.100")).isCloseTo(34.07, within(34.07 * 0.005));
        // 720 x (120 + 2000 x 99) B = 136.038 MiB/h once blocks are full
        assertThat(run.number("storage_mib_per_hour.500")).isCloseTo(136.03, within(136.03 * 0.005));
        assertThat(run.number("storage_disk_mib_per_hour.100")).isGreaterThan(run.number("storage_mib_per_hour.100") * 0.5);
        assertThat(run.number("latency_s.p50.100")).isGreaterThanOrEqualTo(5.0);
        assertThat(run.number("latency_s.p50.2000")).isGreaterThan(run.number("latency_s.p50.500"));
        assertThat(run.number("latency_s.p95.2000")).isGreaterThan(run.number("latency_s.p95.100"));
    }
}
