package io.aigcnet.cli.layer2;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.sim.ChannelScenario;
import io.aigcnet.layer2.channel.sim.ScenarioConfig;
import io.aigcnet.layer2.channel.sim.ScenarioResult;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.OpinionRules;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.ReputationLeaf;
import io.aigcnet.layer2.rollup.ReputationState;
import io.aigcnet.layer2.rollup.ReputationTree;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Layer-2 speed: (1) opinions per second through one RCO with real Ed25519 (admission check, execution
 * with the MWSL equations, tree rebuild per roll-up block), (2) Reputation Tree rebuild for N MASPs
 * (leaf reputations + Merkle hashing, and hashing alone), (3) channel rounds per second with real
 * signatures, in one process on the simulated runtime with a zero-latency network (CPU cost of a round).
 * Wall-clock timing is the point of a benchmark. // ambient-ok
 */
@Command(name = "layer2", mixinStandardHelpOptions = true,
        description = "Benchmark roll-up, Reputation Tree and channel rounds; prints JSON.")
public final class Layer2BenchCommand implements Runnable {
    @Option(names = "--opinions", description = "opinions through one RCO (default ${DEFAULT-VALUE})")
    int opinions = 20_000;

    @Option(names = "--masps", description = "MASPs in the tree benchmark (default ${DEFAULT-VALUE})")
    int masps = 10_000;

    @Option(names = "--rounds", description = "channel rounds per channel life (default ${DEFAULT-VALUE})")
    int rounds = 200;

    @Option(names = "--channels", description = "channel lives in the channel benchmark (default ${DEFAULT-VALUE})")
    int channels = 10;

    @Override
    public void run() {
        if (opinions < 500 || masps < 2 || rounds < 1 || channels < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--opinions must be >= 500, --masps >= 2, --rounds and --channels >= 1");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rco_opinions_per_s", rco());
        out.put("rco_opinions_per_cpu_s", rcoCpuRate);
        out.putAll(tree());
        out.putAll(channel());
        StringBuilder sb = new StringBuilder("{");
        out.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v));
        System.out.println(sb.append('}'));
    }

    /** Opinions per second through one RCO: verify + decode each, execute in blocks of 500, rebuild the tree. */
    private double rco() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1);
        SignatureScheme ed = SignatureScheme.ed25519();
        List<Address> ms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ms.add(KeyPair.generate(rng).address());
        }
        List<KeyPair> clients = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            clients.add(KeyPair.generate(rng));
        }
        long[][] counts = new long[clients.size()][ms.size()];
        List<Transaction> txs = new ArrayList<>(opinions);
        for (int i = 0; i < opinions; i++) {
            int c = rng.nextInt(clients.size());
            int m = rng.nextInt(ms.size());
            counts[c][m]++;
            txs.add(Opinions.signed(clients.get(c), ms.get(m), i, counts[c][m], 0, 20, Sha256.hash(new byte[] {(byte) i}), ed));
        }
        RollupConfig cfg = RollupConfig.defaults(RollupMode.FULL);
        ReputationState st = new ReputationState(ms, cfg.mwsl(), cfg.leafSensitivity(), 2000);
        Set<Address> set = new HashSet<>(ms);
        long t0 = System.nanoTime(); // ambient-ok: benchmark timing
        long c0 = cpu();
        List<Transaction> block = new ArrayList<>(500);
        for (Transaction tx : txs) {
            if (!OpinionRules.check(tx, set, ed).valid()) {
                throw new IllegalStateException("benchmark opinion rejected");
            }
            block.add(tx);
            if (block.size() == 500) {
                if (!st.applyTentative(block).valid()) {
                    throw new IllegalStateException("benchmark block not executable");
                }
                st.commit();
                block.clear();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9; // ambient-ok
        rcoCpuRate = (opinions - block.size()) / ((cpu() - c0) / 1e9);
        return (opinions - block.size()) / s;
    }

    private double rcoCpuRate;

    /** CPU time of this thread: on a shared machine, rates per CPU-second are the comparable numbers. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private Map<String, Object> tree() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2);
        List<Address> ms = new ArrayList<>();
        for (int i = 0; i < masps; i++) {
            ms.add(KeyPair.generate(rng).address());
        }
        RollupConfig cfg = RollupConfig.defaults(RollupMode.FULL);
        ReputationState st = new ReputationState(ms, cfg.mwsl(), cfg.leafSensitivity(), 1000);
        SignatureScheme sch = io.aigcnet.chain.crypto.ModelledSignatures.INSTANCE;
        List<KeyPair> clients = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            clients.add(KeyPair.generate(rng));
        }
        // 5 opinions per MASP on average, in blocks of 500, to give every leaf real reference opinions
        long[][] counts = new long[clients.size()][masps];
        List<Transaction> block = new ArrayList<>();
        int n = 5 * masps;
        long lastRebuild = 0;
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(clients.size());
            int m = rng.nextInt(masps);
            counts[c][m]++;
            block.add(Opinions.signed(clients.get(c), ms.get(m), i, counts[c][m], 0, 20, Sha256.hash(new byte[] {1}), sch));
            if (block.size() == 500 || i == n - 1) {
                long t0 = System.nanoTime(); // ambient-ok
                st.applyTentative(block);
                lastRebuild = System.nanoTime() - t0; // ambient-ok
                st.commit();
                block.clear();
            }
        }
        List<ReputationLeaf> leaves = st.tree().leaves();
        int reps = 20;
        long t0 = System.nanoTime(); // ambient-ok
        for (int r = 0; r < reps; r++) {
            new ReputationTree(leaves);
        }
        double hashOnly = (System.nanoTime() - t0) / 1e6 / reps; // ambient-ok
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tree_masps", masps);
        out.put("tree_rebuild_ms_with_leaf_reputation", lastRebuild / 1e6);
        out.put("tree_merkle_hashing_ms", hashOnly);
        return out;
    }

    private Map<String, Object> channel() {
        long ms = 1_000_000L;
        ChannelTimers t = new ChannelTimers(300 * ms, 300 * ms, 300 * ms, 300 * ms, 300 * ms, 10_000 * ms, 20_000 * ms, 2);
        ScenarioConfig c = ScenarioConfig.small().withRounds(rounds, 100L * rounds).withTimers(t, 1_000 * ms, true)
                .withFaults(NetworkModel.ideal(), 0, 0, 0, 0);
        ChannelScenario.run(c, 0); // warm-up
        long done = 0;
        long t0 = System.nanoTime(); // ambient-ok
        long c0 = cpu();
        for (int i = 1; i <= channels; i++) {
            ScenarioResult r = ChannelScenario.run(c, i);
            done += r.clientRounds().stream().filter(RoundOutcome::completed).count();
        }
        double s = (System.nanoTime() - t0) / 1e9; // ambient-ok
        double cs = (cpu() - c0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel_rounds_per_s_wall", done / s);
        out.put("channel_rounds_per_cpu_s", done / cs);
        out.put("channel_round_cpu_ms", 1000 * cs / done);
        out.put("channel_rounds_per_life", rounds);
        return out;
    }
}
