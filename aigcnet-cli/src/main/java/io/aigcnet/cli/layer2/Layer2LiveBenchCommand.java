package io.aigcnet.cli.layer2;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.cli.UsageException;
import io.aigcnet.cli.chain.NodeProcess;
import io.aigcnet.layer2.live.Layer2LiveBench;
import io.aigcnet.layer2.live.Layer2Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet bench layer2-live}: ProSecutor's layer 2 on a live loopback network of node processes, under a
 * rising load; prints what finalised as JSON.
 */
@Command(name = "layer2-live", mixinStandardHelpOptions = true,
        description = {"Live layer-2 throughput: N node processes on loopback (DPoS chain, RCOs on the super nodes, channel "
                + "MASPs and hosts), this process as the clients (Ed25519-signed opinions and channel transfers), under a load "
                + "that rises step by step.",
                "Counts an opinion when the roll-up listing it is in a finalised block (read back from a node), a transfer when "
                        + "its client holds the state signed by both parties. Prints JSON: the best step's finalised_ops_per_s, "
                        + "opinions_per_s, transfers_per_s, confirmation percentiles, cpu_per_node (cores), and the per-step table."})
public final class Layer2LiveBenchCommand implements Callable<Integer> {
    @Option(names = "--nodes", defaultValue = "4", description = "node processes, all super nodes (default ${DEFAULT-VALUE})")
    int nodes;

    @Option(names = "--duration", defaultValue = "60", paramLabel = "S", description = "seconds of load, split into the steps (default ${DEFAULT-VALUE})")
    double duration;

    @Option(names = "--steps", defaultValue = "4", description = "load steps (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--start-tps", defaultValue = "200", description = "offered operations/s in the first step (default ${DEFAULT-VALUE})")
    double startTps;

    @Option(names = "--step-tps", defaultValue = "200", description = "added operations/s per step (default ${DEFAULT-VALUE})")
    double stepTps;

    @Option(names = "--opinion-share", defaultValue = "0.5", description = "share of opinions in the load; the rest are channel "
            + "transfers (default ${DEFAULT-VALUE})")
    double opinionShare;

    @Option(names = "--rcos", description = "RCOs: nodes 0..rcos-1 (default: every node)")
    Integer rcos;

    @Option(names = "--channels", defaultValue = "32", description = "client-MASP channel pairs (default ${DEFAULT-VALUE})")
    int channels;

    @Option(names = "--rounds-per-channel", defaultValue = "40", description = "transfers per channel before it closes and "
            + "reopens on chain, at most " + Layer2Plan.MAX_ROUNDS_PER_CHANNEL + " (default ${DEFAULT-VALUE})")
    int roundsPerChannel;

    @Option(names = "--masps", defaultValue = "100", description = "MASPs the opinions judge (default ${DEFAULT-VALUE})")
    int masps;

    @Option(names = "--clients", defaultValue = "1000", description = "clients that send opinions (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval (default ${DEFAULT-VALUE})")
    long intervalMs;

    @Option(names = "--rollup-max", defaultValue = "500", description = "opinions per roll-up (default ${DEFAULT-VALUE}, the paper's)")
    int rollupMax;

    @Option(names = "--rollup-threshold-ms", defaultValue = "1000", description = "a non-empty batch is rolled up at least this "
            + "often (default ${DEFAULT-VALUE})")
    long rollupThresholdMs;

    @Option(names = "--drain", defaultValue = "5", paramLabel = "S", description = "seconds to keep watching the chain after the "
            + "load (totals only; default ${DEFAULT-VALUE})")
    double drain;

    @Option(names = "--base-port", defaultValue = "7900", description = "first port: node i uses base+2i (p2p) and base+2i+1 "
            + "(HTTP); layer-2 links use base+2N.. base+3N (default ${DEFAULT-VALUE})")
    int basePort;

    @Option(names = "--seed", defaultValue = "1", description = "seed of keys and load (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dir", description = "directory for configs, data and node logs (default: a new temporary directory)")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the JSON to FILE (read by the throughput report's "
            + "live_benchmark_file)")
    Path out;

    @Override
    public Integer call() throws Exception {
        int r = rcos == null ? nodes : rcos;
        check(nodes >= 1 && nodes <= 16, "--nodes must be in [1, 16], got " + nodes);
        check(r >= 1 && r <= nodes, "--rcos must be in [1, --nodes], got " + r);
        check(duration >= 2 && duration <= 3600, "--duration must be in [2, 3600] seconds, got " + duration);
        check(steps >= 1 && steps <= 100 && duration / steps >= 1, "--steps must be in [1, 100] with steps of at least 1 s, got " + steps);
        check(startTps > 0 && startTps <= 1e6, "--start-tps must be in (0, 1000000], got " + startTps);
        check(stepTps >= 0 && stepTps <= 1e6, "--step-tps must be in [0, 1000000], got " + stepTps);
        check(opinionShare >= 0 && opinionShare <= 1, "--opinion-share must be in [0, 1], got " + opinionShare);
        check(channels >= 0 && channels <= 10_000, "--channels must be in [0, 10000], got " + channels);
        check(opinionShare == 1 || channels >= 1, "--channels must be >= 1 when --opinion-share is below 1");
        check(roundsPerChannel >= 1 && roundsPerChannel <= Layer2Plan.MAX_ROUNDS_PER_CHANNEL, "--rounds-per-channel must be in [1, "
                + Layer2Plan.MAX_ROUNDS_PER_CHANNEL + "], got " + roundsPerChannel);
        check(masps >= 1 && masps <= 100_000, "--masps must be in [1, 100000], got " + masps);
        check(clients >= 1 && clients <= 1_000_000, "--clients must be in [1, 1000000], got " + clients);
        check(intervalMs >= 100 && intervalMs <= 60_000, "--interval-ms must be in [100, 60000], got " + intervalMs);
        check(rollupMax >= 1 && rollupMax <= io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES,
                "--rollup-max must be in [1, " + io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES + "], got " + rollupMax);
        check(rollupThresholdMs >= 10 && rollupThresholdMs <= 600_000, "--rollup-threshold-ms must be in [10, 600000], got " + rollupThresholdMs);
        check(drain >= 0 && drain <= 600, "--drain must be in [0, 600] seconds, got " + drain);
        check(basePort >= 1024 && basePort + 3 * nodes <= 65535, "--base-port must leave room for " + (3 * nodes + 1)
                + " ports in [1024, 65535], got " + basePort);
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            check(parent != null && Files.isDirectory(parent), "--out: no such directory " + parent);
            check(!Files.isDirectory(out), "--out: " + out + " is a directory");
        }
        if (dir != null) {
            check(!Files.exists(dir.resolve("pids")), "--dir: a network is already running in " + dir);
            check(!Files.exists(dir) || Files.isDirectory(dir), "--dir: " + dir + " is not a directory");
        }
        List<Integer> busy = new ArrayList<>();
        for (int p = basePort; p <= basePort + 3 * nodes; p++) {
            if (!LocalNetwork.portFree(p)) {
                busy.add(p);
            }
        }
        check(busy.isEmpty(), "--base-port: port(s) " + busy + " of 127.0.0.1 are in use; choose another --base-port");
        Path work = dir != null ? dir : Files.createTempDirectory("aigcnet-layer2-live");
        List<String> command = new ArrayList<>(NodeProcess.command());
        command.addAll(List.of("--app", "layer2"));
        Layer2LiveBench.Settings s = new Layer2LiveBench.Settings(nodes, r, channels, roundsPerChannel, masps, clients, duration,
                steps, startTps, stepTps, opinionShare, intervalMs, rollupMax, rollupThresholdMs, basePort, seed, drain, 180);
        System.err.println("layer2-live: " + nodes + " node processes in " + work + " (logs node-<i>.log)");
        Layer2LiveBench.Outcome o = new Layer2LiveBench(s, command, work, System.err::println).run();
        Map<String, Object> json = o.json();
        json.put("command", commandLine(r));
        String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        if (out != null) {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, text + "\n");
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println(text);
        return 0;
    }

    private String commandLine(int r) {
        return String.format(java.util.Locale.ROOT, "aigcnet bench layer2-live --nodes %d --duration %s --steps %d --start-tps %s "
                        + "--step-tps %s --opinion-share %s --rcos %d --channels %d --rounds-per-channel %d --interval-ms %d --seed %d",
                nodes, fmt(duration), steps, fmt(startTps), fmt(stepTps), fmt(opinionShare), r, channels, roundsPerChannel, intervalMs, seed);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new UsageException(message);
        }
    }
}
