package io.aigcnet.layer2.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import io.aigcnet.core.runtime.sim.CostTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three load experiments on small configs. The throughput test runs on a cost table 100x the calibrated one,
 * so that one roll-up lane saturates at ~200 opinions/s and the load sweep and RCO scaling are cheap to simulate.
 */
class Layer2LoadExperimentsTest {
    @TempDir
    Path dir;

    Path config(String yaml) throws Exception {
        Path f = dir.resolve("config.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    Path slowTable() throws Exception {
        CostTable t = LoadConfig.quick(List.of(100)).costs();
        Map<String, Long> slow = new HashMap<>();
        t.nanos().forEach((k, v) -> slow.put(k, v * 100));
        Path f = dir.resolve("slow-costs.json");
        Files.writeString(f, new CostTable(slow, "test: calibrated x100", "test").toJson());
        return f;
    }

    /** A file in the shape `bench layer2-live --out` writes. */
    Path liveJson() throws Exception {
        Path f = dir.resolve("live.json");
        Files.writeString(f, "{\"finalised_ops_per_s\": 123.5, \"opinions_per_s\": 60.25, \"transfers_per_s\": 63.25,"
                + " \"p50_confirm_ms\": 900.0, \"cpu_per_node\": [0.2, 0.3], \"nodes\": 4, \"machine_cores\": 2,"
                + " \"load_average\": 3.5, \"steps\": [{\"offered_ops_per_s\": 150.0, \"finalised_ops_per_s\": 123.5,"
                + " \"opinions_per_s\": 60.25, \"transfers_per_s\": 63.25}],"
                + " \"command\": \"aigcnet bench layer2-live --nodes 4 --duration 9\"}");
        return f;
    }

    @Test
    void aMissingLiveBenchmarkFileIsNamed() {
        LoadConfig q = LoadConfig.quick(List.of(100));
        LoadConfig bad = new LoadConfig(q.workloadsTps(), q.durationS(), q.opinionShare(), q.transferShare(), q.superNodes(),
                q.rcoLanes(), q.rcosPerLane(), q.masps(), q.clients(), q.channels(), q.maspMachines(), q.roundsPerChannel(),
                q.blockIntervalS(), q.blockCapacityTx(), q.rollupCapacity(), q.rollupTimeThresholdS(), q.cores(), q.clientCores(),
                q.costTable(), q.sweepTps(), q.laneSweep(), q.laneSweepTps(), dir.resolve("none.json").toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(bad::validate).hasMessageContaining("live_benchmark_file")
                .hasMessageContaining("bench layer2-live --out");
    }

    @Test
    void throughputCountsWhatFinalisesAndSaturates() throws Exception {
        Path cfg = config("workloads_tps: [100, 400]\nduration_s: 10\nclients: 200\nchannels: 32\nmasp_machines: 4\n"
                + "sweep_tps: [1200]\nlane_sweep: [1, 2]\nlane_sweep_tps: 400\ncost_table: " + slowTable() + "\n"
                + "live_benchmark_file: " + liveJson() + "\n");
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorThroughputExperiment(), 7, true, cfg);
        // the live figure is read from the benchmark's file and shown with its command, not computed
        assertThat(run.number("live.finalised_ops_per_s")).isEqualTo(123.5);
        assertThat(run.number("live.opinions_per_s")).isEqualTo(60.25);
        assertThat(Files.readString(run.dir().resolve("report.md"))).contains("Live layer-2 benchmark (measured live)")
                .contains("aigcnet bench layer2-live --nodes 4 --duration 9").contains("123.5 operations/s finalised");
        // below capacity, what finalises per second is what is offered
        assertThat(run.number("throughput_tps.prosecutor.100")).isBetween(85.0, 115.0);
        // the baseline finalises everything it is offered below its 400 TPS slot cap
        assertThat(run.number("throughput_tps.baseline.100")).isBetween(95.0, 105.0);
        // 1200 TPS offered is past what a lane of 100x-slow RCOs can finalise: the sweep sees capacity, not the load
        assertThat(run.number("sweep_tps.1200")).isLessThan(1100.0);
        // opinions only, 400/s per lane offered, above one slow lane's capacity: two lanes finalise more than one
        double one = run.number("saturation_opinion_tps_by_rcos.4");
        double two = run.number("saturation_opinion_tps_by_rcos.8");
        assertThat(one).isLessThan(380.0);
        assertThat(two).isGreaterThan(1.3 * one);
        assertThat(run.number("saturation_tps")).isGreaterThanOrEqualTo(run.number("throughput_tps.prosecutor.400"));
    }

    @Test
    void storageInThePapersSettingIsAccountedOverFinalisedBlocks() throws Exception {
        Path cfg = config("workloads_tps: [100]\nduration_s: 10\nclients: 200\nchannels: 16\nmasp_machines: 2\n");
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorStorageExperiment(), 7, true, cfg);
        // baseline: 720 blocks/h x (120 + 500 x 99) B = 34.07 MiB/h (paper)
        assertThat(run.number("storage_mib_per_hour.baseline.100")).isCloseTo(34.07, org.assertj.core.data.Offset.offset(0.7));
        // all opinions, full roll-up: 720 x (120 + 500 x 32 + a roll-up tx's 131 B) = 11.2 MiB/h, a saving just under 67.5%
        assertThat(run.number("saving_pct.rollup.100")).isBetween(64.0, 67.55);
        assertThat(run.number("saving_pct.compact.100")).isGreaterThan(run.number("saving_pct.rollup.100"));
    }

    @Test
    void channelLatencyIsFlatAndBelowTheBaselines() throws Exception {
        Path cfg = config("workloads_tps: [100, 1000]\nduration_s: 10\nclients: 200\nchannels: 64\nmasp_machines: 4\n");
        ExperimentHarness.Run run = ExperimentHarness.run(new ProsecutorLatencyExperiment(), 7, true, cfg);
        double lo = run.number("latency_s.channel.p50.100");
        double hi = run.number("latency_s.channel.p50.1000");
        assertThat(hi / lo).isBetween(0.67, 1.5);
        // six one-way LAN messages (5 ms + mean 1 ms jitter) are the floor of a round
        assertThat(lo).isGreaterThanOrEqualTo(run.number("latency_s.channel.network_model_part")); // keys hold 3 decimals
        assertThat(run.number("latency_s.baseline.p50.100")).isGreaterThanOrEqualTo(5.0);
        assertThat(run.number("latency_s.opinion_finalised.p50.100")).isGreaterThan(5.0);
    }
}
