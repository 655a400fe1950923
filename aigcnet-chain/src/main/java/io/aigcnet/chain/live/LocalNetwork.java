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

    /** Stops the processes listed in {@code dir/pids}; returns how many were running. */
    public static int stop(Path dir) throws IOException {
        Path pids = dir.resolve("pids");
        if (!Files.exists(pids)) {
            throw new IllegalArgumentException("no network in " + dir + " (missing " + pids + ")");
        }
        int stopped = 0;
        for (String line : Files.readAllLines(pids)) {
            if (line.isBlank()) {
                continue;
            }
            var ph = ProcessHandle.of(Long.parseLong(line.trim()));
            if (ph.isPresent() && ph.get().isAlive()) {
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
        return stopped;
    }
}
