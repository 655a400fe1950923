package io.aigcnet.layer2.rollup.sim;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.RcoNode;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupLedger;
import io.aigcnet.layer2.rollup.RollupSink;
import io.aigcnet.layer2.rollup.RollupWire;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Nodes 0..R−1 are RCOs, node R is the clients' access point. Every {@code 1/opinionsPerSecond} a
 * random client judges a random MASP (satisfied with the MASP's quality as probability) and sends its
 * updated cumulative opinion to a random RCO.
 */
public final class RollupScenario {
    private final Simulation sim;
    private final List<RcoNode> rcos = new ArrayList<>();
    private final List<Address> masps = new ArrayList<>();
    private final List<KeyPair> clients = new ArrayList<>();
    private final RollupLedger ledger = new RollupLedger();
    private final StorageChain storage;
    private final NodeRuntime<RollupWire> access;
    private final UniformRandomProvider rng;
    private final double[] quality;
    private final SignatureScheme scheme;
    private final int rcoCount;
    private final Map<Long, long[]> counts = new HashMap<>();
    private long submitted;
    private long forgedSubmitted;

    public RollupScenario(long seed, int rcoCount, int maspCount, int clientCount, RollupConfig cfg,
                          SignatureScheme scheme, NetworkModel net) {
        this(new Simulation(false), seed, rcoCount, maspCount, clientCount, cfg, scheme, net, null, null);
    }

    public RollupScenario(Simulation sim, long seed, int rcoCount, int maspCount, int clientCount, RollupConfig cfg,
                          SignatureScheme scheme, NetworkModel net, RollupSink tap) {
        this(sim, seed, rcoCount, maspCount, clientCount, cfg, scheme, net, tap, null);
    }

    /**
     * A lane on a shared simulation; {@code tap} (nullable) sees every transaction the RCOs send to the chain.
     *
     * @param maspAddresses the MASPs' addresses (null: generate {@code maspCount} of them)
     */
    public RollupScenario(Simulation sim, long seed, int rcoCount, int maspCount, int clientCount, RollupConfig cfg,
                          SignatureScheme scheme, NetworkModel net, RollupSink tap, List<Address> maspAddresses) {
        this(sim, seed, rcoCount, maspCount, clientCount, cfg, scheme, net, tap, maspAddresses, i -> null);
    }

    /**
     * As above, with RCO i running on machine {@code rcoCpu.apply(i)} (null: its work is free). The clients' access
     * point stands for many client devices and has no budget: signing an opinion is the client's own work.
     */
    public RollupScenario(Simulation sim, long seed, int rcoCount, int maspCount, int clientCount, RollupConfig cfg,
                          SignatureScheme scheme, NetworkModel net, RollupSink tap, List<Address> maspAddresses,
                          java.util.function.IntFunction<io.aigcnet.core.runtime.sim.SimCpu> rcoCpu) {
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keys = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        this.sim = sim;
        this.scheme = scheme;
        this.rcoCount = rcoCount;
        SimWorld<RollupWire> world = new SimWorld<>(sim, rcoCount + 1, net,
                RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()), m -> 300);
        // with a CPU budget, client opinions and their replication are intake: served after the roll-up protocol
        world.setBulk(m -> m instanceof RollupWire.Submit || m instanceof RollupWire.Sync);
        this.storage = StorageChain.inMemory(4, 2, 64 * 1024);
        quality = new double[maspCount];
        for (int j = 0; j < maspCount; j++) {
            masps.add(maspAddresses != null ? maspAddresses.get(j) : KeyPair.generate(keys).address());
            quality[j] = 0.2 + 0.75 * j / Math.max(1, maspCount - 1);
        }
        for (int c = 0; c < clientCount; c++) {
            clients.add(KeyPair.generate(keys));
        }
        List<KeyPair> rcoKeys = new ArrayList<>();
        Map<Address, NodeId> nodes = new HashMap<>();
        for (int i = 0; i < rcoCount; i++) {
            KeyPair k = KeyPair.generate(keys);
            rcoKeys.add(k);
            nodes.put(k.address(), NodeId.of(i));
        }
        List<Address> rcoAddrs = rcoKeys.stream().map(KeyPair::address).toList();
        for (int i = 0; i < rcoCount; i++) {
            io.aigcnet.core.runtime.sim.SimCpu cpu = rcoCpu.apply(i);
            if (cpu != null) {
                world.attachCpu(NodeId.of(i), cpu);
            }
            RollupSink sink = tap == null ? ledger : tx -> {
                tap.submit(tx);
                ledger.submit(tx);
            };
            rcos.add(new RcoNode(world.runtime(NodeId.of(i)), rcoKeys.get(i), scheme, rcoAddrs, nodes, masps, cfg,
                    storage, sink));
        }
        access = world.runtime(NodeId.of(rcoCount));
    }

    /** Sends {@code n} opinions at {@code perSecond}, starting now. */
    public void submitOpinions(long n, double perSecond) {
        long gap = Math.max(1, (long) (1e9 / perSecond));
        for (long i = 0; i < n; i++) {
            sim.after(i * gap, this::submitOne);
        }
    }

    /** One client judges one MASP and sends its updated opinion to a random RCO; returns the opinion. */
    public Transaction submitOne() {
        int c = rng.nextInt(clients.size());
        int j = rng.nextInt(masps.size());
        long[] pn = counts.computeIfAbsent((long) c * masps.size() + j, k -> new long[2]);
        if (rng.nextDouble() < quality[j]) {
            pn[0]++;
        } else {
            pn[1]++;
        }
        Transaction tx = Opinions.signed(clients.get(c), masps.get(j), submitted, pn[0], pn[1], 10 + rng.nextInt(90),
                Sha256.hash(("service " + submitted).getBytes(java.nio.charset.StandardCharsets.UTF_8)), scheme);
        submitted++;
        access.network().send(NodeId.of(rng.nextInt(rcoCount)), new RollupWire.Submit(tx));
        return tx;
    }

    /** Sends a given signed opinion to a random RCO (a client's real service-round opinion). */
    public void submit(Transaction opinion) {
        access.network().send(NodeId.of(rng.nextInt(rcoCount)), new RollupWire.Submit(opinion));
    }

    /** Sends one opinion whose signature does not match (a different client's key signed it). */
    public void submitForged() {
        KeyPair victim = clients.get(0);
        KeyPair mallory = clients.get(1);
        Transaction honest = Opinions.signed(mallory, masps.get(0), 1_000_000 + forgedSubmitted, 1, 0, 50,
                Sha256.hash(new byte[] {1}), scheme);
        byte[] b = honest.encode();
        victim.address().copyTo(b, 1); // claim to be the victim, keep mallory's signature
        try {
            Transaction forged = Transaction.decode(new io.aigcnet.chain.codec.ByteReader(b));
            forgedSubmitted++;
            access.network().send(NodeId.of(0), new RollupWire.Submit(forged));
        } catch (io.aigcnet.chain.codec.DecodeException e) {
            throw new IllegalStateException(e);
        }
    }

    public void runFor(long nanos) {
        sim.runUntil(sim.nanos() + nanos);
    }

    public Simulation simulation() {
        return sim;
    }

    public List<RcoNode> rcos() {
        return rcos;
    }

    public RollupLedger ledger() {
        return ledger;
    }

    public StorageChain storage() {
        return storage;
    }

    public long submitted() {
        return submitted;
    }

    public List<Address> masps() {
        return masps;
    }

    /** True quality of MASP j (its probability of satisfying a client). */
    public double quality(int j) {
        return quality[j];
    }
}
