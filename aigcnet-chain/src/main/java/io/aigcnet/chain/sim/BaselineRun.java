package io.aigcnet.chain.sim;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.ChainMetrics;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.store.RocksLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.workload.ChiSquaredFees;
import io.aigcnet.chain.workload.InjectionSchedule;
import io.aigcnet.chain.workload.TransferWorkload;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One BlockEmulator-parity point: S super nodes and F full nodes in the simulator, a transfer workload
 * injected at a constant rate through full node S, metrics observed at full node S+1 (a node that
 * learns finality like a client's node does, from the certificate carried by the next block).
 *
 * <p>What is real and what is modelled: consensus, blocks, pools, nonces, balances, hashing, Merkle
 * roots and the Ed25519 signatures of blocks and votes are real. Workload transactions carry
 * {@link ModelledSignatures} (creating 18 million Ed25519 signatures per hour of chain time would take
 * ~10 CPU-minutes), and the time a validator needs to verify a block's signatures is charged as
 * simulated time ({@code verifyCostNanosPerTx} per transaction) before it prevotes.
 */
public final class BaselineRun {
    /** Settings of one run; {@code diskDir} non-null = the observer persists to RocksDB there (real disk bytes). */
    public record Settings(double tps, double blockIntervalS, int blockCapacity, double durationS, boolean idealNetwork,
            int superNodes, int fullNodes, String poolOrdering, int poolCapacity, double verifyCostUs, int accounts,
            java.nio.file.Path diskDir) {
        /** Settings with in-memory stores only (the form other experiments build on). */
        public Settings(double tps, double blockIntervalS, int blockCapacity, double durationS, boolean idealNetwork,
                int superNodes, int fullNodes, String poolOrdering, int poolCapacity, double verifyCostUs, int accounts) {
            this(tps, blockIntervalS, blockCapacity, durationS, idealNetwork, superNodes, fullNodes, poolOrdering, poolCapacity,
                    verifyCostUs, accounts, null);
        }
    }

    /** Metrics plus the pool-size samples (time s, size) of super node 0. */
    public record Outcome(ChainMetrics metrics, double[][] poolSeries, long injected, long eventsExecuted) {
    }

    private BaselineRun() {
    }

    /** The measured ledger is scratch data: remove it so run folders stay small. */
    private static void deleteTree(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove scratch ledger " + dir, e);
        }
    }

    public static Outcome run(Settings s, UniformRandomProvider keyRng, UniformRandomProvider workloadRng,
            UniformRandomProvider netRng, LongConsumer progressSeconds) {
        return run(s, null, keyRng, workloadRng, netRng, progressSeconds);
    }

    /**
     * As above; with a non-null {@code budget} every node runs on its own machine whose operations cost what the
     * budget's table says (the per-transaction verification charge of {@code s} is then replaced by those costs).
     */
    public static Outcome run(Settings s, CpuBudget budget, UniformRandomProvider keyRng, UniformRandomProvider workloadRng,
            UniformRandomProvider netRng, LongConsumer progressSeconds) {
        SignatureScheme txScheme = ModelledSignatures.INSTANCE;
        TransferWorkload workload = new TransferWorkload(s.accounts(), keyRng, workloadRng, ChiSquaredFees.paper(workloadRng),
                txScheme, 1_000);
        Simulation sim = new Simulation(false);
        NetworkModel model = s.idealNetwork() ? NetworkModel.ideal() : NetworkModel.lan();
        long interval = Math.round(s.blockIntervalS() * 1e9);
        NodeOptions options = new NodeOptions(s.poolOrdering(), s.poolCapacity(),
                budget == null ? Math.round(s.verifyCostUs() * 1000) : 0, 100_000_000L, false);
        SimChain chain = new SimChain(sim, s.superNodes(), s.fullNodes(), model, keyRng, netRng, interval, s.blockCapacity(),
                txScheme, workload.addresses(), Long.MAX_VALUE / 4 / s.accounts(), options, i -> i == s.superNodes() + 1 && s.diskDir() != null
                        ? new RocksLedgerStore(s.diskDir()) : new MemoryLedgerStore(false, false));
        int injector = s.superNodes();
        int observer = s.superNodes() + 1;
        long end = Math.round(s.durationS() * 1e9);
        Map<Hash, Long> submitted = new HashMap<>();
        LatencyRecorder latency = new LatencyRecorder();
        long[] finalised = {0, 0, 0, 0, 0};
        long lastSlot = end / interval;
        ChainNode[] obs = new ChainNode[1];
        if (budget != null) {
            budget.attach(chain);
        }
        chain.startAll();
        obs[0] = chain.node(observer);
        obs[0].addListener((b, c, t) -> {
            // count the blocks of slots 1..duration/interval (their certificates arrive one slot later)
            if (b.header().slot() > lastSlot) {
                return;
            }
            for (Transaction tx : b.txs()) {
                Long at = submitted.remove(tx.id());
                if (at != null) {
                    latency.add((t - at) / 1e9);
                }
            }
            finalised[0] += b.txs().size();
            finalised[1]++;
            finalised[2] = Math.max(finalised[2], b.header().slot());
            finalised[3] += b.canonicalSize();
            finalised[4] += b.encodedSize() + c.encode().length;
        });
        InjectionSchedule schedule = new InjectionSchedule(s.tps());
        long tick = 10_000_000L;
        ChainNode inj = chain.node(injector);
        Runnable[] inject = new Runnable[1];
        inject[0] = () -> {
            int n = schedule.due(sim.nanos());
            long now = sim.nanos();
            for (int i = 0; i < n; i++) {
                Transaction tx = workload.next();
                if (inj.submit(tx).ok()) {
                    submitted.put(tx.id(), now);
                }
            }
            if (now + tick <= end) {
                sim.at(now + tick, Simulation.PRIORITY_TIMER, 9, inject[0]);
            }
        };
        sim.at(0, Simulation.PRIORITY_TIMER, 9, inject[0]);
        int samples = (int) (s.durationS() / 10) + 1;
        double[][] pool = new double[samples][2];
        for (int i = 0; i < samples; i++) {
            final int k = i;
            sim.at(i * 10_000_000_000L, Simulation.PRIORITY_TIMER, 10, () -> {
                pool[k][0] = k * 10.0;
                pool[k][1] = chain.node(0).pool().size();
            });
        }
        // the observer learns block k's finality when block k+1 arrives, so run two extra intervals
        long stop = end + 2 * interval;
        for (long t = 0; t < stop; t += 60_000_000_000L) {
            sim.runUntil(Math.min(t + 60_000_000_000L, stop));
            progressSeconds.accept(Math.min(t + 60_000_000_000L, end) / 1_000_000_000L);
        }
        double covered = lastSlot * s.blockIntervalS();
        long disk = finalised[4];
        if (s.diskDir() != null) {
            // real bytes of the RocksDB directory (WAL + SST), scaled to the blocks counted above
            var store = chain.store(observer);
            long h = store.height();
            disk = h == 0 ? 0 : Math.round((double) store.diskBytes() * finalised[1] / h);
            store.close();
            deleteTree(s.diskDir());
        }
        ChainMetrics m = new ChainMetrics(covered == 0 ? 0 : finalised[0] / covered,
                ChainMetrics.mibPerHour(finalised[3], covered), ChainMetrics.mibPerHour(disk, covered),
                latency.percentile(50), latency.percentile(95), latency.percentile(99), finalised[0], finalised[1], covered);
        return new Outcome(m, pool, schedule.injected(), sim.eventsExecuted());
    }
}
