package io.aigcnet.layer2.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.layer2.cost.Layer2Ops;
import java.util.List;

/**
 * Config shared by {@code prosecutor-throughput}, {@code prosecutor-storage} and {@code prosecutor-latency}.
 * The offered workload is the same for ProSecutor and the baseline: {@code workloadsTps} service-related
 * operations per second, of which {@code opinionShare} are opinions, {@code transferShare} fee-ownership
 * transfers and the rest plain transfers. The baseline puts every operation on chain as one transaction.
 * The topology is fixed here, whatever the load.
 *
 * @param durationS          measurement window per workload point (steady state, after warm-up and pipeline fill)
 * @param superNodes         super nodes of the anchor chain (lane 0's RCOs run on their machines)
 * @param rcoLanes           roll-up lanes (each a disjoint MASP subset with its own RCOs)
 * @param rcosPerLane        RCOs per lane (3f + 1)
 * @param masps              MASPs whose reputation the lanes keep (split evenly over the lanes)
 * @param clients            clients sending opinions (per lane)
 * @param channels           client–MASP transfer channels (one client each)
 * @param maspMachines       machines the channels' MASP parties run on (channel i on machine i mod maspMachines)
 * @param roundsPerChannel   transfers one channel deposit covers before it is closed and re-established
 * @param blockIntervalS     anchor block interval (BlockEmulator: 5 s)
 * @param blockCapacityTx    anchor block capacity (BlockEmulator: 2000)
 * @param rollupCapacity     opinions per roll-up block (paper: 500)
 * @param rollupTimeThresholdS time threshold of a partial roll-up block
 * @param cores              cores of every infrastructure machine (super nodes, full nodes, RCOs, MASPs)
 * @param clientCores        cores of a client device
 * @param costTable          cost table file (JSON from {@code aigcnet bench calibrate}); empty = the table shipped
 *                           with this build
 * @param sweepTps           offered loads of the saturation sweep besides the workloads (configured mix; may be empty)
 * @param laneSweep          numbers of roll-up lanes for the throughput-vs-RCOs sweep (opinions only; empty = none)
 * @param laneSweepTps       offered opinions per second per lane in the lane sweep (above one lane's capacity)
 * @param liveBenchmarkFile  JSON written by {@code aigcnet bench layer2-live --out FILE}, shown beside the simulated
 *                           figures in the throughput report (empty = none)
 */
public record LoadConfig(List<Integer> workloadsTps, double durationS, double opinionShare, double transferShare,
                         int superNodes, int rcoLanes, int rcosPerLane, int masps, int clients, int channels,
                         int maspMachines, int roundsPerChannel, double blockIntervalS, int blockCapacityTx,
                         int rollupCapacity, double rollupTimeThresholdS, int cores, int clientCores, String costTable,
                         List<Integer> sweepTps, List<Integer> laneSweep, int laneSweepTps, String liveBenchmarkFile)
        implements Validated {
    public LoadConfig {
        liveBenchmarkFile = liveBenchmarkFile == null ? "" : liveBenchmarkFile;
    }

    public static LoadConfig defaults(List<Integer> workloads) {
        return new LoadConfig(workloads, 600, 0.5, 0.5, 4, 1, 4, 8, 2000, 256, 8, 1000, 5, 2000, 500, 5, 2, 1, "",
                List.of(1000, 5000, 10000, 20000, 40000), List.of(1, 2, 4), 25000, "");
    }

    public static LoadConfig quick(List<Integer> workloads) {
        // no saturation sweep in the quick form: one point past saturation costs minutes of simulation
        return new LoadConfig(workloads, 30, 0.5, 0.5, 4, 1, 4, 8, 500, 256, 8, 1000, 5, 2000, 500, 5, 2, 1, "",
                List.of(), List.of(1, 2), 25000, "");
    }

    @Override
    public void validate() {
        Checks.nonEmpty("workloads_tps", workloadsTps);
        for (Integer w : workloadsTps) {
            if (w == null || w < 1 || w > 100_000) {
                throw ConfigException.field("workloads_tps", "every workload must be an integer in [1, 100000], got " + w);
            }
        }
        Checks.range("duration_s", durationS, 10, 86_400);
        Checks.range("opinion_share", opinionShare, 0, 1);
        Checks.range("transfer_share", transferShare, 0, 1);
        if (opinionShare + transferShare > 1 + 1e-9) {
            throw ConfigException.field("transfer_share", "opinion_share + transfer_share must be <= 1, got "
                    + (opinionShare + transferShare));
        }
        Checks.range("super_nodes", superNodes, 1, 100);
        Checks.range("rco_lanes", rcoLanes, 1, 64);
        Checks.range("rcos_per_lane", rcosPerLane, 1, 100);
        Checks.range("masps", masps, 1, 100_000);
        if (masps < rcoLanes) {
            throw ConfigException.field("masps", "every roll-up lane needs at least one MASP: masps must be >= rco_lanes ("
                    + rcoLanes + "), got " + masps);
        }
        Checks.range("clients", clients, 2, 1_000_000);
        Checks.range("channels", channels, 1, 100_000);
        Checks.range("masp_machines", maspMachines, 1, 100_000);
        Checks.range("rounds_per_channel", roundsPerChannel, 1, 1_000_000);
        Checks.range("block_interval_s", blockIntervalS, 0.01, 3600);
        Checks.range("block_capacity_tx", blockCapacityTx, 1, 100_000);
        Checks.range("rollup_capacity", rollupCapacity, 1, io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES);
        Checks.range("rollup_time_threshold_s", rollupTimeThresholdS, 0.01, 3600);
        Checks.range("cores", cores, 1, 1024);
        Checks.range("client_cores", clientCores, 1, 1024);
        if (costTable == null) {
            throw ConfigException.field("cost_table", "must be a file path or empty (the table shipped with the build)");
        }
        if (sweepTps == null || laneSweep == null) {
            throw ConfigException.field(sweepTps == null ? "sweep_tps" : "lane_sweep", "must be a list (may be empty: no sweep)");
        }
        for (Integer w : sweepTps) {
            if (w == null || w < 1 || w > 1_000_000) {
                throw ConfigException.field("sweep_tps", "every load must be an integer in [1, 1000000], got " + w);
            }
        }
        for (Integer l : laneSweep) {
            if (l == null || l < 1 || l > 64 || l > masps) {
                throw ConfigException.field("lane_sweep", "every lane count must be in [1, min(64, masps)], got " + l);
            }
        }
        Checks.range("lane_sweep_tps", laneSweepTps, 1, 1_000_000);
        if (!liveBenchmarkFile.isEmpty() && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(liveBenchmarkFile))) {
            throw ConfigException.field("live_benchmark_file", "no such file '" + liveBenchmarkFile
                    + "' (write one with: aigcnet bench layer2-live --out FILE)");
        }
    }

    /** The cost table the runs charge: the configured file, or the one shipped with the build. */
    public CostTable costs() {
        return io.aigcnet.chain.cost.CpuOps.table(costTable, Layer2Ops.all());
    }

    Layer2LoadRun.Settings settings(double w, io.aigcnet.layer2.rollup.RollupMode mode, CostTable costs) {
        return settings(w, mode, costs, opinionShare, transferShare, rcoLanes);
    }

    Layer2LoadRun.Settings settings(double w, io.aigcnet.layer2.rollup.RollupMode mode, CostTable costs, double opinions,
                                    double transfers, int lanes) {
        return new Layer2LoadRun.Settings(w, durationS, opinions, transfers, mode, superNodes, lanes, rcosPerLane, masps,
                clients, channels, maspMachines, roundsPerChannel, blockIntervalS, blockCapacityTx, rollupCapacity,
                rollupTimeThresholdS, cores, clientCores, io.aigcnet.core.runtime.sim.NetworkModel.lan(), costs);
    }

    /** The baseline chain at workload {@code w}: every operation one on-chain transaction, same machines and costs. */
    io.aigcnet.chain.sim.BaselineRun.Outcome baseline(int w, io.aigcnet.core.rng.RngStreams rng, CostTable costs) {
        return baseline(w, rng, costs, false, blockIntervalS);
    }

    /** @param ideal the latency-free network of the paper's ideal baseline */
    io.aigcnet.chain.sim.BaselineRun.Outcome baseline(int w, io.aigcnet.core.rng.RngStreams rng, CostTable costs, boolean ideal,
                                                      double intervalS) {
        String st = "baseline-" + w + (ideal ? "-ideal" : "");
        // the baseline's run covers the same window length; its own warm-up is its first slot
        return io.aigcnet.chain.sim.BaselineRun.run(new io.aigcnet.chain.sim.BaselineRun.Settings(w, intervalS,
                        blockCapacityTx, durationS, ideal, superNodes, 4, "fifo", 10_000_000, 0, 1000),
                new io.aigcnet.chain.sim.CpuBudget(cores, costs),
                rng.stream("keys-" + st), rng.stream("workload-" + st), rng.stream("network-" + st), x -> { });
    }
}
