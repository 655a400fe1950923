package io.aigcnet.cli.chain;

import io.aigcnet.cli.UsageException;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet net up|down}: a loopback network of node processes. */
@Command(name = "net", mixinStandardHelpOptions = true, description = "Start or stop a local network of node processes.",
        subcommands = {NetCommand.Up.class, NetCommand.Down.class, NetCommand.Nemesis.class})
public final class NetCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (up, down or nemesis)");
    }

    /** Node i uses ports base+2i (p2p) and base+2i+1 (HTTP): all must exist and be free on 127.0.0.1 (exit 2 otherwise). */
    public static void checkPorts(int basePort, int nodes) {
        if (basePort < 1024 || basePort + 2 * nodes - 1 > 65535) {
            throw new UsageException("--base-port must be in [1024, " + (65536 - 2 * nodes) + "] so that all " + 2 * nodes
                    + " ports (base .. base+" + (2 * nodes - 1) + ") exist, got " + basePort);
        }
        for (int port = basePort; port < basePort + 2 * nodes; port++) {
            if (!LocalNetwork.portFree(port)) {
                throw new UsageException("port " + port + " on 127.0.0.1 is already in use (node " + (port - basePort) / 2
                        + " needs ports " + (port - (port - basePort) % 2) + " and " + (port - (port - basePort) % 2 + 1)
                        + "); choose another --base-port");
            }
        }
    }

    /** Writes configs and starts the processes; prints the endpoints as JSON. */
    @Command(name = "up", mixinStandardHelpOptions = true, description = "Start N nodes on 127.0.0.1 and print their endpoints.")
    public static final class Up implements Callable<Integer> {
        @Option(names = "--nodes", required = true, description = "number of nodes (all super nodes)")
        int nodes;
        @Option(names = "--dir", required = true, description = "directory for configs, data, logs and pids")
        Path dir;
        @Option(names = "--base-port", defaultValue = "7700", description = "p2p port of node 0; node i uses base+2i (p2p) and base+2i+1 (HTTP)")
        int basePort;
        @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval in milliseconds")
        long intervalMs;
        @Option(names = "--seed", defaultValue = "1", description = "seed of the node and client keys")
        long seed;
        @Option(names = "--app", defaultValue = "none", description = "application on the chain: 'none' or 'aigc-lifecycle' "
                + "(the survey's AIGC registry; first-come-first-served, fee-less blocks)")
        String app;
        @Option(names = "--wait", defaultValue = "120", description = "seconds to wait for every node to finalise a block (default ${DEFAULT-VALUE})")
        int waitSeconds;

        @Override
        public Integer call() throws Exception {
            if (nodes < 1 || nodes > 64) {
                throw new UsageException("--nodes must be in [1, 64], got " + nodes);
            }
            if (Files.exists(dir.resolve("pids"))) {
                throw new UsageException("a network is already running in " + dir + " (run 'aigcnet net down --dir " + dir + "')");
            }
            if (!app.equals("none") && !app.equals("aigc-lifecycle")) {
                throw new UsageException("--app must be 'none' or 'aigc-lifecycle', got '" + app + "'");
            }

            if (intervalMs < 100 || intervalMs > 600_000) {
                throw new UsageException("--interval-ms must be in [100, 600000], got " + intervalMs);
            }
            if (waitSeconds < 1 || waitSeconds > 3600) {
                throw new UsageException("--wait must be in [1, 3600] seconds, got " + waitSeconds);
            }
            checkPorts(basePort, nodes);
            LocalNetwork.Plan plan = LocalNetwork.plan(nodes, dir.toAbsolutePath(), basePort, intervalMs, 16,
                    RandomSource.SPLIT_MIX_64.create(seed), System.currentTimeMillis() + 3000); // ambient-ok: live genesis
            List<String> command = NodeProcess.command(app);
            plan = NodeProcess.planFor(app, plan);
            List<Path> configs = LocalNetwork.write(plan, dir);
            List<Process> procs = LocalNetwork.spawn(command, configs, dir);
            // success only once every node is up and has finalised a block; otherwise stop what was started
            String failure = LocalNetwork.awaitFinalising(plan, procs, dir, waitSeconds);
            if (failure != null) {
                LocalNetwork.stop(dir);
                System.err.println("aigcnet: the network did not come up: " + failure);
                return 1;
            }
            StringBuilder out = new StringBuilder("{\"nodes\": [");
            for (NodeConfig c : plan.nodes()) {
                out.append(c.id() == 0 ? "" : ", ").append("{\"id\": ").append(c.id()).append(", \"p2p\": \"127.0.0.1:")
                        .append(c.listenPort()).append("\", \"http\": \"http://127.0.0.1:").append(c.httpPort()).append("\"}");
            }
            out.append("], \"clients\": \"").append(dir.resolve("clients.json")).append("\"}");
            System.out.println(out);
            return 0;
        }
    }

    /** Stops the processes of a network started with {@code net up}. */
    @Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the nodes started in DIR.")
    public static final class Down implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "the directory given to 'net up'")
        Path dir;

        @Override
        public Integer call() throws Exception {
            try {
                int n = LocalNetwork.stop(dir);
                System.out.println("{\"stopped\": " + n + "}");
                return 0;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    /**
     * A live nemesis: a loaded loopback network whose nodes are killed with -9 and restarted, or frozen
     * (SIGSTOP: every link to them cut) and thawed, then checked for divergence and lost acknowledgements.
     */
    @Command(name = "nemesis", mixinStandardHelpOptions = true,
            description = "Run a loaded local network while killing (-9) and freezing random nodes, then check that no node "
                    + "diverged and every transaction acknowledged as finalised is in every node's chain. Prints JSON; exit 1 on a violation.")
    public static final class Nemesis implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "directory for configs, data and logs (must not hold a running network)")
        Path dir;
        @Option(names = "--nodes", defaultValue = "4", description = "node processes, all super nodes (default ${DEFAULT-VALUE})")
        int nodes;
        @Option(names = "--seconds", defaultValue = "60", description = "how long load and faults run (default ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--tps", defaultValue = "100", description = "offered transfers per second (default ${DEFAULT-VALUE})")
        int tps;
        @Option(names = "--fault-every", defaultValue = "6", description = "mean seconds between faults (default ${DEFAULT-VALUE})")
        double faultEvery;
        @Option(names = "--max-faulty", defaultValue = "1", description = "nodes faulty at once, at most (default ${DEFAULT-VALUE}; "
                + "f = 1 of 4 keeps the network live)")
        int maxFaulty;
        @Option(names = "--base-port", defaultValue = "7800", description = "p2p port of node 0 (default ${DEFAULT-VALUE})")
        int basePort;
        @Option(names = "--interval-ms", defaultValue = "1000", description = "block interval (default ${DEFAULT-VALUE})")
        long intervalMs;
        @Option(names = "--seed", defaultValue = "1", description = "seed of keys, load and the nemesis's choices (default ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            io.aigcnet.chain.live.LiveNemesis.Settings settings;
            try {
                settings = new io.aigcnet.chain.live.LiveNemesis.Settings(nodes, basePort, intervalMs, seconds, tps, faultEvery,
                        maxFaulty, seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (Files.exists(dir.resolve("pids"))) {
                throw new UsageException("a network is already running in " + dir + " (run 'aigcnet net down --dir " + dir + "')");
            }
            checkPorts(basePort, nodes);
            Files.createDirectories(dir);
            var outcome = new io.aigcnet.chain.live.LiveNemesis(settings, NodeProcess.command(), dir, System.err::println).run();
            System.out.println(io.aigcnet.core.result.Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(outcome.toMap()));
            return outcome.passed() ? 0 : 1;
        }
    }
}
