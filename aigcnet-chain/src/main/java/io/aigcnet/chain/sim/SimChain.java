package io.aigcnet.chain.sim;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.consensus.StakeRegistry;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.CachedVerification;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.node.CommitListener;
import io.aigcnet.chain.store.LedgerStore;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A simulated chain: nodes 0..S-1 are the super nodes (elected by stake: node i stakes S - i tokens),
 * nodes S..S+F-1 are full nodes. Each node keeps its store across crashes, so {@link #restart} is a real
 * restart from store.
 */
public final class SimChain {
    private final Simulation sim;
    private final SimWorld<ChainMessage> world;
    private final List<KeyPair> keys = new ArrayList<>();
    private final List<LedgerStore> stores = new ArrayList<>();
    private final List<ChainNode> nodes = new ArrayList<>();
    private final List<NodeOptions> options = new ArrayList<>();
    private ChainParams params;
    private IntFunction<AppExecutor> apps = i -> AppExecutor.NONE;
    private final Map<Address, NodeId> directory = new HashMap<>();
    private final List<CommitListener> globalListeners = new ArrayList<>();

    /**
     * @param keyRng stream for node keys
     * @param netRng stream for the network model
     * @param accounts pre-funded client accounts (balance {@code balance} each)
     * @param storeFactory the store of node i
     */
    public SimChain(Simulation sim, int superNodes, int fullNodes, NetworkModel model, UniformRandomProvider keyRng,
            UniformRandomProvider netRng, long blockIntervalNanos, int blockCapacity, SignatureScheme txScheme,
            Collection<Address> accounts, long balance, NodeOptions nodeOptions, IntFunction<LedgerStore> storeFactory) {
        this.sim = sim;
        int n = superNodes + fullNodes;
        this.world = new SimWorld<>(sim, n, model, netRng, ChainMessage::size);
        // with a CPU budget, forwarded client transactions are intake: served after consensus traffic, bounded
        world.setBulk(m -> m instanceof ChainMessage.TxBatch);
        StakeRegistry stakes = new StakeRegistry();
        for (int i = 0; i < n; i++) {
            KeyPair kp = KeyPair.generate(keyRng);
            keys.add(kp);
            directory.put(kp.address(), NodeId.of(i));
            if (i < superNodes) {
                stakes.stake(kp.address(), superNodes - i);
            }
        }
        Map<Address, Long> balances = new HashMap<>();
        for (Address a : accounts) {
            balances.put(a, balance);
        }
        // all nodes share one process and the same vote objects: verify each signed statement once
        this.params = new ChainParams(stakes.elect(superNodes), balances, 0, blockIntervalNanos, blockCapacity, 0,
                txScheme, new CachedVerification(SignatureScheme.ed25519(), 1 << 16));
        for (int i = 0; i < n; i++) {
            stores.add(storeFactory.apply(i));
            options.add(nodeOptions);
            nodes.add(null);
        }
    }

    /** A small default chain for tests: LAN network, Ed25519 everywhere. */
    public static SimChain testChain(Simulation sim, int superNodes, int fullNodes, UniformRandomProvider rng,
            NetworkModel model, Collection<Address> accounts, long intervalNanos) {
        return new SimChain(sim, superNodes, fullNodes, model, rng, rng, intervalNanos, 100, SignatureScheme.ed25519(),
                accounts, 1_000_000_000L, NodeOptions.defaults(), i -> new MemoryLedgerStore());
    }

    /**
     * Runs an application on the chain: {@code factory} makes node i's application state machine, afresh on
     * every (re)start, so a restarted node rebuilds it by replaying its store.
     */
    public void setApps(IntFunction<AppExecutor> factory) {
        this.apps = factory;
    }

    /** Changes the agreed parameters (for example the chain mode) before the nodes start. */
    public void configure(UnaryOperator<ChainParams> change) {
        if (nodes.stream().anyMatch(java.util.Objects::nonNull)) {
            throw new IllegalStateException("configure the chain before starting its nodes");
        }
        this.params = change.apply(params);
    }

    public void setOptions(int node, NodeOptions o) {
        options.set(node, o);
    }

    public void addListener(CommitListener l) {
        globalListeners.add(l);
    }

    public void startAll() {
        for (int i = 0; i < nodes.size(); i++) {
            startNode(i);
        }
    }

    private void startNode(int i) {
        ChainNode node = new ChainNode(keys.get(i), params, options.get(i), world.runtime(NodeId.of(i)), stores.get(i), directory,
                apps.apply(i));
        final int id = i;
        node.addListener((b, c, t) -> {
            sim.trace("n" + id + " commit " + b.height() + " " + b.hash());
            for (CommitListener l : globalListeners) {
                l.onCommit(b, c, t);
            }
        });
        nodes.set(i, node);
        node.start();
    }

    public void crash(int i) {
        world.crash(NodeId.of(i));
    }

    /** Restarts a crashed node from its store (a fresh node object: everything not in the store is lost). */
    public void restart(int i) {
        world.restart(NodeId.of(i));
        startNode(i);
    }

    /**
     * Restarts a crashed node with an empty store: its disk was lost. It must re-sync the whole chain from
     * its peers. Only for full nodes: a super node that lost its consensus journal may sign against its
     * own earlier votes, which makes it one of the f faulty ones.
     */
    public void restartWithLostDisk(int i, LedgerStore fresh) {
        if (!world.isDown(NodeId.of(i))) {
            throw new IllegalStateException("node " + i + " must be crashed before its disk is lost");
        }
        stores.set(i, fresh);
        restart(i);
    }

    public void partition(Collection<Set<Integer>> groups) {
        List<Set<NodeId>> g = new ArrayList<>();
        for (Set<Integer> s : groups) {
            Set<NodeId> ids = new java.util.HashSet<>();
            s.forEach(i -> ids.add(NodeId.of(i)));
            g.add(ids);
        }
        world.partition(g);
    }

    public void heal() {
        world.heal();
    }

    public void runUntilSeconds(double seconds) {
        sim.runUntil((long) (seconds * 1e9));
    }

    public ChainNode node(int i) {
        return nodes.get(i);
    }

    public int size() {
        return nodes.size();
    }

    public KeyPair keys(int i) {
        return keys.get(i);
    }

    public ChainParams params() {
        return params;
    }

    public Simulation simulation() {
        return sim;
    }

    public SimWorld<ChainMessage> world() {
        return world;
    }

    public LedgerStore store(int i) {
        return stores.get(i);
    }
}
