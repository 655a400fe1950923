package io.aigcnet.cli.lifecycle;

import io.aigcnet.cli.UsageException;
import io.aigcnet.cli.chain.NetCommand;
import io.aigcnet.cli.chain.NodeProcess;
import io.aigcnet.core.result.Json;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.live.BenchResult;
import io.aigcnet.lifecycle.live.LiveRegistrationBench;
import io.aigcnet.lifecycle.live.LoadSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet bench lifecycle-live}: Proof-of-AIGC registrations per second finalised on a live loopback
 * network of {@code aigcnet node --app aigc-lifecycle} processes.
 */
@Command(name = "lifecycle-live", mixinStandardHelpOptions = true,
        description = {"Start a live network of AIGC-lifecycle nodes on 127.0.0.1, submit pre-generated Proof-of-AIGC "
                + "registrations (a distinct image each, sealed, opened and claimed with real signatures, as 'aigc register' "
                + "does) through the node HTTP API, and print registrations/s finalised as JSON.",
                "A registration counts once its product is readable, owned by its producer, on a node other than the one "
                        + "it was sent to. The offered load starts at --rate and doubles each of --steps equal steps; the "
                        + "headline is the step with the highest finalised rate, and 'steps' lists every step."})
public final class LifecycleLiveBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nodes", defaultValue = "4", description = "node processes, all super nodes (default ${DEFAULT-VALUE})")
    int nodes;

    @Option(names = "--duration", defaultValue = "60", description = "seconds of offered load, all steps together (default ${DEFAULT-VALUE})")
    double duration;

    @Option(names = "--rate", defaultValue = "4", description = "registrations offered per second in the first step (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--steps", defaultValue = "4", description = "steps of rising load, each at twice the rate of the one "
            + "before; 1 = a constant --rate (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the keys and the generated images (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--base-port", defaultValue = "7900", description = "p2p port of node 0; node i uses base+2i (p2p) and "
            + "base+2i+1 (HTTP) (default ${DEFAULT-VALUE})")
    int basePort;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval in milliseconds (default ${DEFAULT-VALUE})")
    long intervalMs;

    @Option(names = "--image-size", defaultValue = "512", description = "side of the generated square images in pixels "
            + "(default ${DEFAULT-VALUE})")
    int imageSize;

    @Option(names = "--accounts", defaultValue = "32", description = "producer accounts, and as many ESP accounts "
            + "(default ${DEFAULT-VALUE})")
    int accounts;

    @Option(names = "--drain", defaultValue = "30", description = "seconds after the last offer to wait for unfinished "
            + "registrations (default ${DEFAULT-VALUE})")
    double drain;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the JSON to FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        LiveRegistrationBench.Settings settings;
        try {
            settings = new LiveRegistrationBench.Settings(nodes, basePort, intervalMs, new LoadSchedule(duration, rate, steps),
                    imageSize, seed, accounts, drain);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replace("drain must", "--drain must"));
        }
        if (out != null && (Files.isDirectory(out) || (out.toAbsolutePath().getParent() != null
                && !Files.isDirectory(out.toAbsolutePath().getParent())))) {
            throw new UsageException("--out " + out + ": must name a file in an existing directory");
        }
        NetCommand.checkPorts(basePort, nodes);
        RngStreams rng = RngStreams.of(seed);
        Path dir = Files.createTempDirectory("aigcnet-bench-lifecycle");
        BenchResult r;
        java.io.PrintWriter err = spec.commandLine().getErr();
        err.println("starting " + nodes + " lifecycle nodes in " + dir + " ...");
        err.flush();
        try (LiveRegistrationBench.Network net = LiveRegistrationBench.start(NodeProcess.command("aigc-lifecycle"),
                p -> NodeProcess.planFor("aigc-lifecycle", p), dir, settings, rng.stream("keys"))) {
            r = new LiveRegistrationBench(net, settings, line -> {
                err.println(line);
                err.flush();
            }).run(rng.stream("images"));
        } catch (IllegalStateException e) {
            err.println("aigcnet: " + e.getMessage() + " (logs kept in " + dir + ")");
            err.flush();
            return 1;
        }
        String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r.toMap());
        if (out != null) {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".lifecycle-live", ".tmp");
            Files.writeString(tmp, json + "\n");
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        deleteQuietly(dir);
        return r.confirmed() > 0 && r.confirmedOnEveryNode() == r.confirmed() ? 0 : 1;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
