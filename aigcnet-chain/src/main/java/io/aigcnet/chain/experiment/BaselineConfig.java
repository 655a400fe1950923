package io.aigcnet.chain.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import java.util.List;

/**
 * Config of {@code prosecutor-baseline} (snake_case keys in files).
 *
 * @param workloadsTps injection rates to run
 * @param blockIntervalS block interval of the regular baseline (BlockEmulator default 5 s)
 * @param blockCapacityTx S_b, transactions per block (BlockEmulator default 2000)
 * @param durationS chain time per workload point (3600 in the full run)
 * @param idealBlockIntervalS block interval of the ideal variant (1 s, zero-latency network)
 * @param superNodes S, the number of super nodes
 * @param fullNodes full nodes besides them (the paper's cluster has eight nodes in all)
 * @param poolOrdering "fifo" (BlockEmulator's queue) or "fee" (ProSecutor's priority queue)
 * @param poolCapacity bound of every pool
 * @param verifyCostUs modelled time to verify one block transaction (µs of simulated time)
 * @param accounts size of the workload's account population
 * @param diskStore "memory" (disk = exact encoded bytes a store would write) or "rocksdb" (the observer
 *     node persists to RocksDB in the run folder and disk = the directory's real size)
 * @param cores cores of every node's machine; with {@code costTable} every operation is charged to it (then
 *     {@code verifyCostUs} is not used); 0 = the older model (only {@code verifyCostUs} per block transaction)
 * @param costTable cost table file from {@code aigcnet bench calibrate}; empty = the one shipped with the build
 */
public record BaselineConfig(List<Integer> workloadsTps, double blockIntervalS, int blockCapacityTx, double durationS,
        double idealBlockIntervalS, int superNodes, int fullNodes, String poolOrdering, int poolCapacity, double verifyCostUs,
        int accounts, String diskStore, int cores, String costTable) implements Validated {

    public static BaselineConfig defaults() {
        return new BaselineConfig(List.of(100, 200, 500, 1000, 2000, 5000), 5, 2000, 3600, 1, 4, 4, "fifo", 500_000, 45, 1000, "memory", 2, "");
    }

    /** CI size: same code path, two minutes of chain time at three rates. */
    public static BaselineConfig quick() {
        return new BaselineConfig(List.of(100, 500, 2000), 5, 2000, 120, 1, 4, 2, "fifo", 100_000, 45, 200, "memory", 2, "");
    }

    @Override
    public void validate() {
        Checks.nonEmpty("workloads_tps", workloadsTps);
        for (Integer w : workloadsTps) {
            if (w == null || w < 1 || w > 1_000_000) {
                throw ConfigException.field("workloads_tps", "every workload must be an integer in [1, 1000000], got " + w);
            }
        }
        Checks.range("block_interval_s", blockIntervalS, 0.01, 3600);
        Checks.range("block_capacity_tx", blockCapacityTx, 1, 100_000);
        Checks.range("duration_s", durationS, 10, 86_400 * 7);
        Checks.range("ideal_block_interval_s", idealBlockIntervalS, 0.01, 3600);
        Checks.range("super_nodes", superNodes, 1, 100);
        Checks.range("full_nodes", fullNodes, 2, 100);
        Checks.oneOf("pool_ordering", poolOrdering, "fifo", "fee");
        Checks.range("pool_capacity", poolCapacity, 1, 50_000_000);
        Checks.range("verify_cost_us", verifyCostUs, 0, 100_000);
        Checks.range("accounts", accounts, 2, 10_000_000);
        Checks.oneOf("disk_store", diskStore, "memory", "rocksdb");
        Checks.range("cores", cores, 0, 1024);
        if (costTable == null) {
            throw ConfigException.field("cost_table", "must be a file path or empty (the table shipped with the build)");
        }
        if (durationS < 2 * Math.max(blockIntervalS, idealBlockIntervalS)) {
            throw ConfigException.field("duration_s", "must cover at least two block intervals, got " + durationS);
        }
    }
}
