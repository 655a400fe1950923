package io.aigcnet.chain.live;

import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.chain.crypto.KeyPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A loopback network of N live nodes, all super nodes: writes one config per node into a directory
 * ({@code node-<i>.json}), plus {@code clients.json} with the seeds of funded client accounts, and
 * starts/stops the node processes ({@code pids} file).
 */
public final class LocalNetwork {
    public static final long CLIENT_BALANCE = 1_000_000_000_000L;

    /** The plan: node configs and funded client key seeds. */
    public record Plan(List<NodeConfig> nodes, List<String> clientSeeds) {
        /** The same plan with every node's block capacity S_b and pool capacity set. */
        public Plan withCapacities(int blockCapacity, int poolCapacity) {
            return new Plan(nodes.stream().map(c -> new NodeConfig(c.id(), c.keySeedHex(), c.listenHost(), c.listenPort(),
                    c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), blockCapacity, c.poolOrdering(),
                    poolCapacity, c.peers(), c.superNodes(), c.balances())).toList(), clientSeeds);
        }


        /** The same plan with every node's pool ordering set to {@code ordering} (an application may need FCFS). */
        public Plan withPoolOrdering(String ordering) {
            return new Plan(nodes.stream().map(c -> new NodeConfig(c.id(), c.keySeedHex(), c.listenHost(), c.listenPort(),
                    c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), c.blockCapacity(), ordering,
                    c.poolCapacity(), c.peers(), c.superNodes(), c.balances())).toList(), clientSeeds);
        }
    }

    private LocalNetwork() {
    }

    public static Plan plan(int n, Path dir, int basePort, long blockIntervalMs, int clients, UniformRandomProvider rng,
            long genesisTimeMs) {
        if (n < 1) {
            throw new IllegalArgumentException("--nodes must be >= 1, got " + n);
        }
        List<KeyPair> keys = new ArrayList<>();
        List<NodeConfig.Peer> peers = new ArrayList<>();
        List<String> supers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KeyPair k = KeyPair.generate(rng);
            keys.add(k);
            peers.add(new NodeConfig.Peer(i, "127.0.0.1", basePort + 2 * i, basePort + 2 * i + 1, k.address().hex()));
            supers.add(k.address().hex());
        }
        List<String> clientSeeds = new ArrayList<>();
        List<NodeConfig.Balance> balances = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            KeyPair k = KeyPair.generate(rng);
            clientSeeds.add(k.seedHex());
            balances.add(new NodeConfig.Balance(k.address().hex(), CLIENT_BALANCE));
        }
        List<NodeConfig> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new NodeConfig(i, keys.get(i).seedHex(), "127.0.0.1", basePort + 2 * i, basePort + 2 * i + 1,
                    dir.resolve("data-" + i).toString(), genesisTimeMs, blockIntervalMs, 2000, "fee", 200_000, peers, supers, balances));
        }
        return new Plan(nodes, clientSeeds);
    }

    public static List<Path> write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (NodeConfig c : plan.nodes()) {
            Path f = dir.resolve("node-" + c.id() + ".json");
            Files.writeString(f, ConfigLoader.mapperFor(f).writerWithDefaultPrettyPrinter().writeValueAsString(c));
            files.add(f);
        }
        Path clients = dir.resolve("clients.json");
        Files.writeString(clients, ConfigLoader.mapperFor(clients).writeValueAsString(Map.of("client_seeds", plan.clientSeeds())));
        return files;
    }

    /** Starts {@code command + [--config, file]} per node, logs to {@code node-<i>.log}, records pids. */
    public static List<Process> spawn(List<String> command, List<Path> configs, Path dir) throws IOException {
        List<Process> procs = new ArrayList<>();
        StringBuilder pids = new StringBuilder();
        for (int i = 0; i < configs.size(); i++) {
            List<String> cmd = new ArrayList<>(command);
            cmd.add("--config");
            cmd.add(configs.get(i).toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("node-" + i + ".log").toFile()).start();
            procs.add(p);
            pids.append(p.pid()).append('\n');
        }
        Files.writeString(dir.resolve("pids"), pids.toString());
        return procs;
    }

    /** The process's command line runs aigcnet's node entry point. */
    static boolean isAigcnetNode(ProcessHandle p) {
        // /proc gives the whole command line on Linux; the JDK's info() may drop arguments of long command lines
        String cmd;
        try {
            cmd = new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            cmd = p.info().commandLine().orElse("");
        }
        return cmd.contains("io.aigcnet.cli.Main node") || cmd.contains("io.aigcnet.chain.live.NodeMain");
    }

    /** True if nothing listens on {@code port} of 127.0.0.1 (checked by binding it for a moment). */
    /**
     * A base port for {@code nodes} nodes (two ports each) whose whole run is free now, chosen at random below
     * Linux's ephemeral range (32768 and up), where the kernel never hands a port to an outgoing connection in
     * the meantime. For tests and local networks that must not collide with each other.
     */
    public static int freeBasePort(int nodes) {
        java.util.Random r = new java.util.Random(System.nanoTime() ^ ProcessHandle.current().pid()); // ambient-ok: port choice only
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 20_000 + 2 * r.nextInt(6_000);
            boolean free = true;
            for (int p = base; free && p < base + 2 * nodes; p++) {
                free = portFree(p);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free run of " + 2 * nodes + " ports in [20000, 32000)");
    }

    public static boolean portFree(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until every node answers {@code GET /status} with a finalised height of at least 1. Returns null on
     * success, or what went wrong: the node that died or did not finalise, with the last lines of its log.
     */
    public static String awaitFinalising(Plan plan, List<Process> procs, Path dir, int seconds) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L; // ambient-ok: live start-up wait
        boolean[] ready = new boolean[procs.size()];
        while (true) {
            boolean all = true;
            for (int i = 0; i < procs.size(); i++) {
                if (ready[i]) {
                    continue;
                }
                if (!procs.get(i).isAlive()) {
                    return "node " + i + " exited with code " + procs.get(i).exitValue() + "; last lines of "
                            + dir.resolve("node-" + i + ".log") + ":\n" + tail(dir.resolve("node-" + i + ".log"), 10);
                }
                String url = "http://127.0.0.1:" + plan.nodes().get(i).httpPort() + "/status";
                try {
                    var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                            .timeout(java.time.Duration.ofSeconds(3)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    var m = java.util.regex.Pattern.compile("\"finalized_height\"\\s*:\\s*(\\d+)").matcher(r.body());
                    ready[i] = r.statusCode() == 200 && m.find() && Long.parseLong(m.group(1)) >= 1;
                } catch (IOException e) {
                    ready[i] = false;
                }
                all &= ready[i];
            }
            if (all) {
                return null;
            }
            if (System.nanoTime() > end) { // ambient-ok: live start-up wait
                for (int i = 0; i < procs.size(); i++) {
                    if (!ready[i]) {
                        return "node " + i + " (http://127.0.0.1:" + plan.nodes().get(i).httpPort() + ") had not finalised a block after "
                                + seconds + " s; last lines of " + dir.resolve("node-" + i + ".log") + ":\n"
                                + tail(dir.resolve("node-" + i + ".log"), 10);
                    }
                }
            }
            Thread.sleep(250);
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the processes listed in {@code dir/pids}; returns how many were running. */
    public static int stop(Path dir) throws IOException {
        Path pids = dir.resolve("pids");
        if (!Files.exists(pids)) {
            throw new IllegalArgumentException("no network in " + dir + " (missing " + pids + ")");
        }
        int stopped = 0;
        int skipped = 0;
        for (String line : Files.readAllLines(pids)) {
            if (line.isBlank()) {
                continue;
            }
            var ph = ProcessHandle.of(Long.parseLong(line.trim()));
            // only our own node processes: a recycled pid that now belongs to something else is left alone
            if (ph.isPresent() && ph.get().isAlive() && !isAigcnetNode(ph.get())) {
                skipped++;
            } else if (ph.isPresent() && ph.get().isAlive()) {
                ph.get().destroy();
                try {
                    ph.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    ph.get().destroyForcibly();
                }
                stopped++;
            }
        }
        Files.delete(pids);
        if (skipped > 0) {
            System.err.println("left " + skipped + " listed process(es) alone: they are not aigcnet nodes (pid reused)");
        }
        return stopped;
    }
}
