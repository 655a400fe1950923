package io.aigcnet.chain.live;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SharedVerificationCache;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.http.ChainRoutes;
import io.aigcnet.chain.http.DashboardFeed;
import io.aigcnet.chain.http.DashboardRoutes;
import io.aigcnet.chain.http.NodeHttpServer;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.observe.NodeObserver;
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
    private final NodeHttpServer http;
    private final NodeObserver observer;
    private final DashboardFeed feed;
    private final SharedVerificationCache signatures;
    private final ParallelVerifier verifier;
    private final NodeApplication app;

    public LiveNode(NodeConfig config) throws Exception {
        this(config, NodeApplication.NONE);
    }

    /** A node that runs {@code app} on its chain (executor, parameters and HTTP endpoints). */
    public LiveNode(NodeConfig config, NodeApplication app) throws Exception {
        this.config = config;
        this.app = app;
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
        // every signature is verified once per node, on any core, and cached by (signer, message, signature)
        this.signatures = new SharedVerificationCache(SignatureScheme.ed25519(), 1 << 20);
        ChainParams params = app.params(new ChainParams(supers, balances, config.genesisTimeMs() * 1_000_000L,
                config.blockIntervalMs() * 1_000_000L, config.blockCapacity(), 0, signatures, signatures));
        this.verifier = new ParallelVerifier(signatures, Runtime.getRuntime().availableProcessors(), "aigcnet-verify-" + config.id());
        this.loop = new LiveRuntime("aigcnet-node-" + config.id());
        this.net = new NettyNetwork(NodeId.of(config.id()), config.listenPort(), addrs, loop);
        this.store = new RocksLedgerStore(Path.of(config.dataDir()));
        // clients may fill half the pool; the other half takes what peers forward, so pools agree under overload
        NodeOptions options = new NodeOptions(config.poolOrdering(), config.poolCapacity(), 0, 50_000_000L, false, 0.5);
        this.node = new ChainNode(keys, params, options, new NodeRuntime<ChainMessage>(loop, loop, net), store, directory,
                app.executor());
        net.setPrepare(m -> {
            if (m instanceof ChainMessage.TxBatch b) {
                verifier.warm(b.txs());
            } else if (m instanceof ChainMessage.Proposal p) {
                verifier.warm(p.block().txs());
            }
        });
        loop.call(() -> {
            app.attach(node, loop, config);
            return null;
        });
        NodeApplication.NodeAccess access = NodeApplication.access(loop, node);
        this.observer = new NodeObserver(node, loop, loop, net::connectedPeers, signatures::verifications);
        this.http = new NodeHttpServer(config.listenHost(), config.httpPort());
        ChainRoutes.NodeFacts facts = new ChainRoutes.NodeFacts(config.id(), config.peers(), new ArrayList<>(balances.keySet()).stream()
                .sorted().toList(), config.blockIntervalMs(), config.genesisTimeMs());
        new ChainRoutes(access, observer, verifier::warm, () -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("peers", net.connectedPeers());
            m.put("signature_verifications", signatures.verifications());
            m.put("signature_cache_hits", signatures.hits());
            m.put("malformed_frames", net.malformedFrames());
            return m;
        }, facts, id -> net.connected(NodeId.of(id))).register(http);
        this.feed = new DashboardFeed(access, observer, app.view(), "aigcnet-dashboard-" + config.id());
        new DashboardRoutes(feed, observer.metrics(), app.view()).register(http);
        for (ApiRoute r : app.routes(access)) {
            http.mount(r);
        }
    }

    public void start() throws Exception {
        net.start();
        loop.call(() -> {
            node.start();
            return null;
        });
        observer.start();
        http.start();
    }

    public NodeConfig config() {
        return config;
    }

    /** The HTTP server (its routes are what docs/api.md documents). */
    public NodeHttpServer http() {
        return http;
    }

    @Override
    public void close() {
        feed.close();
        http.close();
        app.close();
        observer.close();
        net.close();
        verifier.close();
        loop.close();
        store.close();
    }
}
