package io.aigcnet.layer2.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import java.util.List;

/**
 * Config shared by {@code prosecutor-throughput}, {@code prosecutor-storage} and {@code prosecutor-latency}.
 * The offered workload is the same for ProSecutor and the baseline: {@code workloadsTps} service-related
 * operations per second, of which {@code opinionShare} are opinions, {@code transferShare} fee-ownership
 * transfers and the rest plain transfers. The baseline puts every operation on chain as one transaction.
 *
 * @param durationS          measured chain time per workload point (after a 3-block warm-up)
 * @param rcos               RCOs of the roll-up lane (the super nodes)
 * @param masps              MASPs whose reputation the lane keeps
 * @param clients            clients sending opinions
 * @param roundsPerChannel   transfers one channel deposit covers before it is closed and re-established
 * @param blockIntervalS     anchor block interval (BlockEmulator: 5 s)
 * @param blockCapacityTx    anchor block capacity (BlockEmulator: 2000)
 * @param rollupCapacity     opinions per roll-up block (paper: 500)
 * @param rollupTimeThresholdS time threshold of a partial roll-up block
 */
public record LoadConfig(List<Integer> workloadsTps, double durationS, double opinionShare, double transferShare, int rcos,
                         int masps, int clients, int roundsPerChannel, double blockIntervalS, int blockCapacityTx,
                         int rollupCapacity, double rollupTimeThresholdS) implements Validated {
    public static LoadConfig defaults(List<Integer> workloads) {
        return new LoadConfig(workloads, 600, 0.5, 0.5, 4, 8, 2000, 1000, 5, 2000, 500, 5);
    }

    public static LoadConfig quick(List<Integer> workloads) {
        return new LoadConfig(workloads, 10, 0.5, 0.5, 4, 8, 500, 1000, 5, 2000, 500, 5);
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
        Checks.range("rcos", rcos, 1, 100);
        Checks.range("masps", masps, 1, 100_000);
        Checks.range("clients", clients, 2, 1_000_000);
        Checks.range("rounds_per_channel", roundsPerChannel, 1, 1_000_000);
        Checks.range("block_interval_s", blockIntervalS, 0.01, 3600);
        Checks.range("block_capacity_tx", blockCapacityTx, 1, 100_000);
        Checks.range("rollup_capacity", rollupCapacity, 1, io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES);
        Checks.range("rollup_time_threshold_s", rollupTimeThresholdS, 0.01, 3600);
    }

    Layer2LoadRun.Settings settings(int w, io.aigcnet.layer2.rollup.RollupMode mode) {
        return new Layer2LoadRun.Settings(w, durationS, opinionShare, transferShare, mode, rcos, masps, clients, roundsPerChannel,
                blockIntervalS, rollupCapacity, rollupTimeThresholdS, io.aigcnet.core.runtime.sim.NetworkModel.lan());
    }

    /** The ledger module's baseline chain at workload {@code w}: every operation one on-chain transaction. */
    io.aigcnet.chain.sim.BaselineRun.Outcome baseline(int w, io.aigcnet.core.rng.RngStreams rng) {
        String st = "baseline-" + w;
        return io.aigcnet.chain.sim.BaselineRun.run(new io.aigcnet.chain.sim.BaselineRun.Settings(w, blockIntervalS,
                        blockCapacityTx, durationS, false, 4, 4, "fifo", 10_000_000, 45, 1000),
                rng.stream("keys-" + st), rng.stream("workload-" + st), rng.stream("network-" + st), x -> { });
    }
}
