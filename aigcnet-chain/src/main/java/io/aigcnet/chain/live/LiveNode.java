package io.aigcnet.chain.live;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SharedVerificationCache;
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
    private final SharedVerificationCache signatures;
    private final ParallelVerifier verifier;

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
        // every signature is verified once per node, on any core, and cached by (signer, message, signature)
        this.signatures = new SharedVerificationCache(SignatureScheme.ed25519(), 1 << 20);
        ChainParams params = app.params(new ChainParams(supers, balances, config.genesisTimeMs() * 1_000_000L,
                config.blockIntervalMs() * 1_000_000L, config.blockCapacity(), 0, signatures, signatures));
        this.verifier = new ParallelVerifier(signatures, Runtime.getRuntime().availableProcessors(), "aigcnet-verify-" + config.id());
        this.loop = new LiveRuntime("aigcnet-node-" + config.id());
        this.net = new NettyNetwork(NodeId.of(config.id()), config.listenPort(), addrs, loop);
        this.store = new RocksLedgerStore(Path.of(config.dataDir()));
        NodeOptions options = new NodeOptions(config.poolOrdering(), config.poolCapacity(), 0, 50_000_000L, false);
        this.node = new ChainNode(keys, params, options, new NodeRuntime<ChainMessage>(loop, loop, net), store, directory,
                app.executor());
        net.setPrepare(m -> {
            if (m instanceof ChainMessage.TxBatch b) {
                verifier.warm(b.txs());
            } else if (m instanceof ChainMessage.Proposal p) {
                verifier.warm(p.block().txs());
            }
        });
        this.http = new HttpApi(config.httpPort(), node, loop, net, verifier, signatures);
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
        verifier.close();
        loop.close();
        store.close();
    }
}
