package io.aigcnet.chain.live;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import java.util.List;

/**
 * One live node's config file (YAML or JSON, snake_case keys). Every node of a network shares
 * {@code super_nodes}, {@code balances}, {@code genesis_time_ms}, {@code block_interval_ms} and
 * {@code block_capacity}; {@code peers} lists every node including this one.
 *
 * @param id this node's index in {@code peers}
 * @param keySeedHex 32-byte Ed25519 private seed, hex
 * @param dataDir RocksDB directory
 * @param superNodes super-node addresses (0x-hex public keys) in rotation order
 * @param balances genesis balances by address
 */
public record NodeConfig(int id, String keySeedHex, String listenHost, int listenPort, int httpPort, String dataDir,
        long genesisTimeMs, long blockIntervalMs, int blockCapacity, String poolOrdering, int poolCapacity,
        List<Peer> peers, List<String> superNodes, List<Balance> balances) implements Validated {

    /** A genesis allocation (a list, not a map: config keys are field names, addresses are values). */
    public record Balance(String address, long amount) {
    }

    /** A node of the network. */
    public record Peer(int id, String host, int port, int httpPort, String address) {
    }

    public NodeConfig {
        peers = peers == null ? List.of() : List.copyOf(peers);
        superNodes = superNodes == null ? List.of() : List.copyOf(superNodes);
        balances = balances == null ? List.of() : List.copyOf(balances);
    }

    /** Placeholders that fail validation until the file supplies key, peers and super nodes. */
    public static NodeConfig defaults() {
        return new NodeConfig(0, "", "127.0.0.1", 7000, 7001, "", 0, 5000, 2000, "fee", 200_000, List.of(), List.of(), List.of());
    }

    @Override
    public void validate() {
        if (keySeedHex == null || !keySeedHex.matches("[0-9a-fA-F]{64}")) {
            throw ConfigException.field("key_seed_hex", "must be 64 hex digits (a 32-byte Ed25519 seed)");
        }
        Checks.range("listen_port", listenPort, 1, 65535);
        Checks.range("http_port", httpPort, 1, 65535);
        Checks.range("block_interval_ms", blockIntervalMs, 10, 3_600_000);
        Checks.range("block_capacity", blockCapacity, 1, 100_000);
        Checks.range("pool_capacity", poolCapacity, 1, 50_000_000);
        Checks.oneOf("pool_ordering", poolOrdering, "fee", "fifo", "fcfs");
        Checks.nonEmpty("peers", peers);
        Checks.nonEmpty("super_nodes", superNodes);
        if (dataDir == null || dataDir.isBlank()) {
            throw ConfigException.field("data_dir", "must name a directory");
        }
        if (peers.stream().noneMatch(p -> p.id() == id)) {
            throw ConfigException.field("id", "must be the id of one of the peers, got " + id);
        }
        for (String a : superNodes) {
            if (!a.matches("(0x)?[0-9a-fA-F]{64}")) {
                throw ConfigException.field("super_nodes", "each must be a 0x-prefixed 64-hex-digit address, got '" + a + "'");
            }
        }
    }
}
