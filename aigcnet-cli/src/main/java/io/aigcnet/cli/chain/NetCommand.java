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
        subcommands = {NetCommand.Up.class, NetCommand.Down.class})
public final class NetCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (up or down)");
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
            LocalNetwork.Plan plan = LocalNetwork.plan(nodes, dir.toAbsolutePath(), basePort, intervalMs, 16,
                    RandomSource.SPLIT_MIX_64.create(seed), System.currentTimeMillis() + 3000); // ambient-ok: live genesis
            List<String> command = new java.util.ArrayList<>(NodeProcess.command());
            if (app.equals("aigc-lifecycle")) {
                plan = new LocalNetwork.Plan(plan.nodes().stream().map(c -> new NodeConfig(c.id(), c.keySeedHex(), c.listenHost(),
                        c.listenPort(), c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), c.blockCapacity(), "fcfs",
                        c.poolCapacity(), c.peers(), c.superNodes(), c.balances())).toList(), plan.clientSeeds());
                command.addAll(List.of("--app", "aigc-lifecycle"));
            }
            List<Path> configs = LocalNetwork.write(plan, dir);
            LocalNetwork.spawn(command, configs, dir);
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
}
