package io.aigcnet.layer2.channel.sim;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelChainHost;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.LatencyRecorder;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Many client–MASP channels under an offered load of fee-ownership transfers. Each pair runs one channel
 * at a time; a channel carries {@code roundsPerChannel} transfers (the client's deposit), then the client
 * closes it and a new one is established (on chain, through the contract host). Requests wait in one FIFO
 * queue for an idle open channel; a transfer's latency runs from its request to the client holding the
 * double-signed state. Shares one {@link Simulation} with other actors of an experiment.
 */
public final class ChannelFleet {
    private static final long FEE = 10;
    private static final long START_BALANCE = Long.MAX_VALUE / 8;

    private final Simulation sim;
    private final SimWorld<ChannelWire> world;
    private final SignatureScheme scheme;
    private final ChannelTimers timers;
    private final int roundsPerChannel;
    private final KeyPair[] clientKeys;
    private final KeyPair[] maspKeys;
    private final ClientParty[] clients;
    private final MaspParty[] masps;
    private final int[] roundsDone;
    private final long[] nonce;
    private final long[] requestStart;
    private final Transfer[] current;
    private final boolean[] idle;
    private final UniformRandomProvider rng;
    private final io.aigcnet.layer2.channel.ContractHost host;
    private final ArrayDeque<Long> queue = new ArrayDeque<>();
    private final ArrayDeque<Integer> idlePairs = new ArrayDeque<>();
    private final LatencyRecorder latency = new LatencyRecorder();
    private final long measureFrom;
    private final long measureUntil;
    private long completed;
    private long completedInWindow;
    private long outputs;
    private long channelsOpened;

    /** Creates the contract's host on node {@code rt} for parties at {@code directory}. */
    @FunctionalInterface
    public interface HostFactory {
        io.aigcnet.layer2.channel.ContractHost create(io.aigcnet.core.runtime.NodeRuntime<ChannelWire> rt,
                TransferChannelContract contract, Map<Address, NodeId> directory);
    }

    /** Where each party runs: its machine's CPU budget (null = its work is free). */
    public record Machines(java.util.function.IntFunction<io.aigcnet.core.runtime.sim.SimCpu> client,
                           java.util.function.IntFunction<io.aigcnet.core.runtime.sim.SimCpu> masp,
                           io.aigcnet.core.runtime.sim.SimCpu host) {
        public static final Machines FREE = new Machines(i -> null, i -> null, null);
    }

    /** A fleet on the block-interval stand-in host (channel tests), every party's work free. */
    public ChannelFleet(Simulation sim, int pairs, NetworkModel net, SignatureScheme scheme, ChannelTimers timers,
                        long blockIntervalNanos, int roundsPerChannel, long seed, long measureUntilNanos) {
        this(sim, null, null, pairs, net, scheme, timers, roundsPerChannel, seed, 0, measureUntilNanos,
                (rt, contract, dir) -> new ChannelChainHost(rt, contract, blockIntervalNanos, dir), Machines.FREE);
    }

    /**
     * A fleet of {@code pairs} channels whose contract runs where {@code hosts} puts it.
     *
     * @param clientKeys the clients' keys, one per pair (null: generated from the seed); likewise {@code maspKeys}
     * @param measureFromNanos transfers completed in [measureFrom, measureUntil] count as done in the window
     */
    public ChannelFleet(Simulation sim, KeyPair[] clientKeys, KeyPair[] maspKeys, int pairs, NetworkModel net,
                        SignatureScheme scheme, ChannelTimers timers, int roundsPerChannel, long seed, long measureFromNanos,
                        long measureUntilNanos, HostFactory hosts, Machines machines) {
        this.sim = sim;
        this.scheme = scheme;
        this.timers = timers;
        this.roundsPerChannel = roundsPerChannel;
        this.measureFrom = measureFromNanos;
        this.measureUntil = measureUntilNanos;
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keys = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        this.world = new SimWorld<>(sim, 2 * pairs + 1, net, RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()),
                m -> 256);
        for (int i = 0; i < pairs; i++) {
            attach(NodeId.of(i), machines.client().apply(i));
            attach(NodeId.of(pairs + i), machines.masp().apply(i));
        }
        attach(NodeId.of(2 * pairs), machines.host());
        this.clientKeys = new KeyPair[pairs];
        this.maspKeys = new KeyPair[pairs];
        clients = new ClientParty[pairs];
        masps = new MaspParty[pairs];
        roundsDone = new int[pairs];
        nonce = new long[pairs];
        requestStart = new long[pairs];
        current = new Transfer[pairs];
        idle = new boolean[pairs];
        TransferChannelContract contract = new TransferChannelContract(scheme);
        Map<Address, NodeId> dir = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            this.clientKeys[i] = clientKeys != null ? clientKeys[i] : KeyPair.generate(keys);
            this.maspKeys[i] = maspKeys != null ? maspKeys[i] : KeyPair.generate(keys);
            contract.credit(this.clientKeys[i].address(), START_BALANCE);
            contract.credit(this.maspKeys[i].address(), START_BALANCE);
            dir.put(this.clientKeys[i].address(), NodeId.of(i));
            dir.put(this.maspKeys[i].address(), NodeId.of(pairs + i));
        }
        host = hosts.create(world.runtime(NodeId.of(2 * pairs)), contract, dir);
        for (int i = 0; i < pairs; i++) {
            openChannel(i);
        }
        sim.after(1_000_000L, this::tick);
    }

    private void attach(NodeId id, io.aigcnet.core.runtime.sim.SimCpu cpu) {
        if (cpu != null) {
            world.attachCpu(id, cpu);
        }
    }

    /** Random key pairs for {@code n} parties (callers that must fund them on chain before the fleet exists). */
    public static KeyPair[] keys(int n, UniformRandomProvider rng) {
        KeyPair[] k = new KeyPair[n];
        for (int i = 0; i < n; i++) {
            k[i] = KeyPair.generate(rng);
        }
        return k;
    }

    /** One fee-ownership transfer requested now. */
    public void request() {
        queue.add(sim.nanos());
        dispatch();
    }

    private void openChannel(int i) {
        int pairs = clients.length;
        int pi = i;
        clients[i] = new ClientParty(world.runtime(NodeId.of(i)), clientKeys[i], scheme, NodeId.of(pairs + i),
                NodeId.of(2 * pairs), rng, o -> onOutcome(pi, o));
        masps[i] = new MaspParty(world.runtime(NodeId.of(pairs + i)), maspKeys[i], scheme, NodeId.of(i), NodeId.of(2 * pairs),
                7, o -> { });
        masps[i].expectClient(clientKeys[i].address());
        roundsDone[i] = 0;
        idle[i] = false;
        clients[i].open(new ChannelParams(clientKeys[i].address(), maspKeys[i].address(), FEE * roundsPerChannel, nonce[i]++,
                timers));
        channelsOpened++;
    }

    /** Promotes newly opened channels to idle, and replaces settled ones. */
    private void tick() {
        for (int i = 0; i < clients.length; i++) {
            if (current[i] == null && !idle[i]) {
                if (clients[i].isSettled()) {
                    openChannel(i);
                } else if (clients[i].ready() && roundsDone[i] < roundsPerChannel) {
                    idle[i] = true;
                    idlePairs.add(i);
                }
            }
        }
        dispatch();
        sim.after(5_000_000L, this::tick);
    }

    private void dispatch() {
        while (!queue.isEmpty() && !idlePairs.isEmpty()) {
            int i = idlePairs.poll();
            idle[i] = false;
            long start = queue.poll();
            byte[] id = ByteBuffer.allocate(16).putLong(i).putLong(outputs++).array();
            Transfer t = new Transfer(Sha256.hash(id), FEE);
            masps[i].offer(t);
            current[i] = t;
            requestStart[i] = start;
            if (!clients[i].pay(t)) {
                throw new IllegalStateException("idle channel " + i + " refused a transfer");
            }
        }
    }

    private void onOutcome(int i, RoundOutcome o) {
        if (current[i] == null || !o.transfer().equals(current[i])) {
            return;
        }
        if (!o.completed()) {
            if (clients[i].ready()) {
                clients[i].pay(current[i]); // rolled back: retry on the same channel with a fresh R
            } else {
                queue.addFirst(requestStart[i]);
                current[i] = null;
            }
            return;
        }
        long now = sim.nanos();
        completed++;
        if (now >= measureFrom && now <= measureUntil) {
            completedInWindow++;
            latency.add((now - requestStart[i]) / 1e9);
        }
        current[i] = null;
        roundsDone[i]++;
        if (o.committedOnChain()) {
            return; // the channel is closing on chain; tick() reopens it after settlement
        }
        if (roundsDone[i] >= roundsPerChannel) {
            clients[i].close(); // deposit spent: close and (after settlement) reopen
        } else {
            idle[i] = true;
            idlePairs.add(i);
            dispatch();
        }
    }

    public long completed() {
        return completed;
    }

    /** Transfers completed by the end of the measurement window (given at construction). */
    public long completedInWindow() {
        return completedInWindow;
    }

    public LatencyRecorder latency() {
        return latency;
    }

    public int queued() {
        return queue.size();
    }

    public long channelsOpened() {
        return channelsOpened;
    }

    /** Transfer_Channel transactions that reached the anchor chain. */
    public long anchorTxs() {
        return host.acceptedTxs();
    }

    /** Signed states the contract holds as close evidence (channels still in their challenge period only). */
    public long evidenceStatesHeld() {
        return host.contract().evidenceStatesHeld();
    }

    public Hash anyChannel() {
        return clients[0].channelId();
    }
}
