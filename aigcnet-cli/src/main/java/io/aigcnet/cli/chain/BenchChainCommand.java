package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import io.aigcnet.chain.live.LiveBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet bench chain --runtime live --nodes 4 --duration 30}: live loopback throughput and latency. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = "Start a live loopback network, inject signed transfers, print {tps, latency_s, signatures_verified}.")
public final class BenchChainCommand implements Callable<Integer> {
    @Option(names = "--runtime", defaultValue = "live", description = "only 'live' (the simulated chain is 'reproduce prosecutor-baseline')")
    String runtime;
    @Option(names = "--nodes", defaultValue = "4", description = "number of node processes")
    int nodes;
    @Option(names = "--duration", defaultValue = "30", description = "injection time in seconds")
    double duration;
    @Option(names = "--tps", defaultValue = "500", description = "injection rate")
    int tps;
    @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval")
    long intervalMs;
    @Option(names = "--base-port", defaultValue = "7800", description = "first port used")
    int basePort;

    @Override
    public Integer call() throws Exception {
        if (!runtime.equals("live")) {
            throw new UsageException("--runtime must be 'live', got '" + runtime + "'");
        }
        if (nodes < 1 || duration <= 0 || tps < 1) {
            throw new UsageException("--nodes >= 1, --duration > 0 and --tps >= 1 are required");
        }
        Path dir = Files.createTempDirectory("aigcnet-bench-chain");
        LiveBench.Result r = new LiveBench().run(NodeProcess.command(), dir, nodes, basePort, duration, tps, intervalMs,
                RandomSource.SPLIT_MIX_64.create(1L));
        System.out.println(String.format(Locale.ROOT,
                "{\"tps\": %.1f, \"latency_s\": {\"p50\": %.3f, \"p95\": %.3f}, \"signatures_verified\": %b, \"submitted\": %d, \"finalised\": %d}",
                r.tps(), r.latencyP50(), r.latencyP95(), r.signaturesVerified(), r.submitted(), r.finalised()));
        return r.signaturesVerified() ? 0 : 1;
    }
}
