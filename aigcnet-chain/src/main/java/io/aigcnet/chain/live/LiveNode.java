package io.aigcnet.chain.live;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.store.RocksLedgerStore;
import io.aigcnet.chain.wire.ChainMessage;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Composition of a live node: keys, RocksDB store, event loop, Netty transport, chain node, HTTP API. */
public final class LiveNode implements AutoCloseable {
    private final NodeConfig config;
    private final LiveRuntime loop;
    private final NettyNetwork net;
    private final RocksLedgerStore store;
    private final ChainNode node;
    private final HttpApi http;

    public LiveNode(NodeConfig config) throws Exception {
        this(config, NodeApplication.NONE);
    }

    /** A node that runs {@code app} on its chain (executor, parameters and HTTP endpoints). */
    public LiveNode(NodeConfig config, NodeApplication app) throws Exception {
        this.config = config;
        KeyPair keys = KeyPair.fromSeedHex(config.keySeedHex());
        Map<NodeId, InetSocketAddress> addrs = new TreeMap<>();
        Map<Address, NodeId> directory = new HashMap<>();
        for (NodeConfig.Peer p : config.peers()) {
            addrs.put(NodeId.of(p.id()), new InetSocketAddress(p.host(), p.port()));
            directory.put(Address.fromHex(p.address()), NodeId.of(p.id()));
        }
        List<Address> supers = new ArrayList<>();
        config.superNodes().forEach(a -> supers.add(Address.fromHex(a)));
        Map<Address, Long> balances = new HashMap<>();
        config.balances().forEach(b -> balances.merge(Address.fromHex(b.address()), b.amount(), Math::addExact));
        ChainParams params = app.params(new ChainParams(supers, balances, config.genesisTimeMs() * 1_000_000L,
                config.blockIntervalMs() * 1_000_000L, config.blockCapacity(), 0, SignatureScheme.ed25519(), SignatureScheme.ed25519()));
        this.loop = new LiveRuntime("aigcnet-node-" + config.id());
        this.net = new NettyNetwork(NodeId.of(config.id()), config.listenPort(), addrs, loop);
        this.store = new RocksLedgerStore(Path.of(config.dataDir()));
        NodeOptions options = new NodeOptions(config.poolOrdering(), config.poolCapacity(), 0, 50_000_000L, false);
        this.node = new ChainNode(keys, params, options, new NodeRuntime<ChainMessage>(loop, loop, net), store, directory,
                app.executor());
        this.http = new HttpApi(config.httpPort(), node, loop, net);
        for (ApiRoute r : app.routes(NodeApplication.access(loop, node))) {
            http.mount(r);
        }
    }

    public void start() throws Exception {
        net.start();
        loop.call(() -> {
            node.start();
            return null;
        });
        http.start();
    }

    public NodeConfig config() {
        return config;
    }

    @Override
    public void close() {
        http.close();
        net.close();
        loop.close();
        store.close();
    }
}
