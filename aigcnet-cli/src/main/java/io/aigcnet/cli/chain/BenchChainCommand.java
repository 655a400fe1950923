package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import io.aigcnet.chain.live.LiveBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet bench chain --runtime live --nodes 4 --duration 30 [--tps N | --sweep]}: live loopback
 * throughput and latency; with {@code --sweep}, the offered load steps up until the network saturates, then
 * goes to 2x and 5x the saturating load to show whether throughput holds (no collapse under overload).
 */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"Start a live loopback network, inject signed transfers, print throughput and finality latency as JSON.",
                "--sweep steps the offered load to saturation and beyond, and reports limit_tps (raw Ed25519 verify rate "
                        + "x cores / nodes, measured before and after the steps, the higher of the two) and ratio_to_limit."})
public final class BenchChainCommand implements Callable<Integer> {
    @Option(names = "--runtime", defaultValue = "live", description = "only 'live' (the simulated chain is 'reproduce prosecutor-baseline')")
    String runtime;
    @Option(names = "--nodes", defaultValue = "4", description = "number of node processes")
    int nodes;
    @Option(names = "--duration", defaultValue = "30", description = "injection time in seconds (per step with --sweep)")
    double duration;
    @Option(names = "--tps", defaultValue = "500", description = "injection rate (the first step with --sweep)")
    int tps;
    @Option(names = "--sweep", description = "step the offered load x1.5 until saturation, then 2x and 5x the saturating load")
    boolean sweep;
    @Option(names = "--max-tps", defaultValue = "40000", description = "upper bound of the sweep's offered load")
    int maxTps;
    @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval")
    long intervalMs;
    @Option(names = "--block-capacity", defaultValue = "10000",
            description = "transactions per block (ProSecutor's S_b is 2000; 10000 lets the CPU, not the block cap, set the limit)")
    int blockCapacity;
    @Option(names = "--pool-capacity", defaultValue = "12000",
            description = "each node's pool bound; clients may fill half of it (the rest is for what peers forward), beyond that HTTP 429 with Retry-After")
    int poolCapacity;
    @Option(names = "--clients", defaultValue = "4096",
            description = "funded client accounts the load is spread over (enough that no account has more than the 64-nonce replay window unconfirmed, even at 5x overload)")
    int clients;
    @Option(names = "--warmup", defaultValue = "10", description = "seconds of load at --tps before the measured steps (JIT warm-up)")
    double warmup;
    @Option(names = "--base-port", defaultValue = "7800", description = "first port used")
    int basePort;

    @Override
    public Integer call() throws Exception {
        if (!runtime.equals("live")) {
            throw new UsageException("--runtime must be 'live', got '" + runtime + "'");
        }
        if (nodes < 1 || nodes > 64) {
            throw new UsageException("--nodes must be in [1, 64], got " + nodes);
        }
        if (!(duration > 0) || tps < 1 || maxTps < tps) {
            throw new UsageException("--duration > 0, --tps >= 1 and --max-tps >= --tps are required");
        }
        if (intervalMs < 10) {
            throw new UsageException("--interval-ms must be >= 10, got " + intervalMs);
        }
        if (basePort < 1024 || basePort + 2 * nodes > 65535) {
            throw new UsageException("--base-port must leave room for 2 ports per node in [1024, 65535], got " + basePort);
        }
        if (blockCapacity < 1 || blockCapacity > 100_000) {
            throw new UsageException("--block-capacity must be in [1, 100000], got " + blockCapacity);
        }
        if (poolCapacity < 1 || poolCapacity > 50_000_000) {
            throw new UsageException("--pool-capacity must be in [1, 50000000], got " + poolCapacity);
        }
        if (clients < 3 || clients > 100_000) {
            throw new UsageException("--clients must be in [3, 100000], got " + clients);
        }
        if (warmup < 0) {
            throw new UsageException("--warmup must be >= 0, got " + warmup);
        }
        Path dir = Files.createTempDirectory("aigcnet-bench-chain");
        try (LiveBench.Session session = LiveBench.open(NodeProcess.command(), dir,
                new LiveBench.Settings(nodes, basePort, intervalMs, blockCapacity, poolCapacity, clients),
                RandomSource.SPLIT_MIX_64.create(1L))) {
            this.session = session;
            if (warmup > 0) {
                System.err.println("warm-up: " + tps + " TPS for " + warmup + " s (not reported)");
                session.step(tps, warmup, rng);
            }
            return sweep ? sweep() : single();
        }
    }

    private LiveBench.Session session;
    private final org.apache.commons.rng.UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(2L);

    private int single() throws Exception {
        LiveBench.Result r = step(tps);
        System.out.println(json(r));
        return r.signaturesVerified() ? 0 : 1;
    }

    private int sweep() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        // measured before and after the steps; the higher is the machine's rate (a busy moment only lowers it,
        // and a lower limit would flatter the ratio)
        double perCoreBefore = LiveBench.rawVerifyRatePerCore(3.0);
        List<LiveBench.Result> steps = new ArrayList<>();
        double peak = 0;
        int saturating = -1;
        for (int offered = tps; offered <= maxTps; offered = (int) Math.ceil(offered * 1.5)) {
            LiveBench.Result r = step(offered);
            steps.add(r);
            System.err.println("offered " + offered + " TPS: finalised " + Math.round(r.tps()) + " TPS");
            peak = Math.max(peak, r.tps());
            if (r.tps() < 0.9 * offered) {
                saturating = offered;
                break;
            }
        }
        double plateau = Double.NaN;
        if (saturating > 0) {
            for (int k : new int[] {2, 5}) {
                int offered = Math.min(maxTps * 5, k * saturating);
                LiveBench.Result r = step(offered);
                steps.add(r);
                System.err.println("overload " + offered + " TPS: finalised " + Math.round(r.tps()) + " TPS");
                peak = Math.max(peak, r.tps());
                plateau = r.tps();
            }
        }
        double perCoreAfter = LiveBench.rawVerifyRatePerCore(3.0);
        double perCore = Math.max(perCoreBefore, perCoreAfter);
        double limit = perCore * cores / nodes;
        StringBuilder out = new StringBuilder("{\"nodes\": " + nodes + ", \"cores\": " + cores
                + ", \"block_capacity\": " + blockCapacity + ", \"pool_capacity\": " + poolCapacity + ", \"clients\": " + clients
                + String.format(Locale.ROOT, ", \"interval_ms\": %d, \"duration_s\": %.1f", intervalMs, duration)
                + String.format(Locale.ROOT, ", \"ed25519_verify_per_core_per_s\": %.0f, \"ed25519_before_after\": [%.0f, %.0f]",
                        perCore, perCoreBefore, perCoreAfter)
                + String.format(Locale.ROOT, ", \"limit_tps\": %.0f", limit)
                + String.format(Locale.ROOT, ", \"peak_tps\": %.1f, \"ratio_to_limit\": %.3f", peak, peak / limit)
                + ", \"saturating_offered_tps\": " + saturating
                + String.format(Locale.ROOT, ", \"at_5x_saturation_over_peak\": %.3f", plateau / peak) + ", \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(json(steps.get(i)));
        }
        System.out.println(out.append("]}"));
        return steps.stream().allMatch(LiveBench.Result::signaturesVerified) ? 0 : 1;
    }

    private LiveBench.Result step(int offered) throws Exception {
        return session.step(offered, duration, rng);
    }

    private static String reasons(java.util.Map<String, Long> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() == 1 ? "" : ", ").append('"').append(k).append("\": ").append(v));
        return b.append('}').toString();
    }

    private static String json(LiveBench.Result r) {
        StringBuilder cpu = new StringBuilder("[");
        for (int i = 0; i < r.cpuPerNode().size(); i++) {
            cpu.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", r.cpuPerNode().get(i)));
        }
        return String.format(Locale.ROOT,
                "{\"offered_tps\": %.0f, \"tps\": %.1f, \"latency_s\": {\"p50\": %.3f, \"p95\": %.3f, \"p99\": %.3f}, "
                        + "\"signatures_verified\": %b, \"submitted\": %d, \"refused\": %d, \"finalised\": %d, "
                        + "\"cpu_per_node\": %s], \"verifications_per_tx_per_node\": %.3f, \"refused_by_reason\": %s}",
                r.offeredTps(), r.tps(), r.latencyP50(), r.latencyP95(), r.latencyP99(), r.signaturesVerified(), r.submitted(),
                r.refused(), r.finalised(), cpu, r.verificationsPerTxPerNode(), reasons(r.refusedByReason()));
    }
}
