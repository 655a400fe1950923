package io.aigcnet.core.runtime.sim;

import io.aigcnet.core.runtime.Cancellable;
import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.Scheduler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * N simulated nodes on one seeded network. Gives each node its {@link NodeRuntime} and applies faults:
 * crash (the node's pending timers and in-flight messages to it are dropped; it receives nothing until
 * restarted), restart, partitions (messages between groups are dropped) and a network model that can
 * change mid-run. Faults can be applied immediately or scheduled at a virtual time.
 */
public final class SimWorld<M> {
    private final Simulation sim;
    private final UniformRandomProvider rng;
    private final ToIntFunction<M> sizeOf;
    private final int n;
    private final List<MessageHandler<M>> handlers;
    private final int[] epoch;
    private final boolean[] down;
    private final long[][] linkFree;
    private int[] group;
    private final long[] skew;
    private final SimCpu[] cpus;
    private java.util.function.Predicate<M> bulk = m -> false;
    private NetworkModel model;
    private long sent;
    private long delivered;
    private long dropped;

    /**
     * @param rng the network's own stream (loss, jitter, ...), so network randomness never shifts the actors'
     * @param sizeOf encoded size of a message in bytes, charged against link bandwidth
     */
    public SimWorld(Simulation sim, int nodes, NetworkModel model, UniformRandomProvider rng, ToIntFunction<M> sizeOf) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be >= 1, got " + nodes);
        }
        this.sim = sim;
        this.n = nodes;
        this.model = model;
        this.rng = rng;
        this.sizeOf = sizeOf;
        this.handlers = new ArrayList<>(java.util.Collections.nCopies(nodes, null));
        this.epoch = new int[nodes];
        this.down = new boolean[nodes];
        this.linkFree = new long[nodes][nodes];
        this.group = new int[nodes];
        this.skew = new long[nodes];
        this.cpus = new SimCpu[nodes];
    }

    /**
     * Gives node {@code id} a CPU budget: from now on its deliveries and timers queue on {@code cpu}, and what it
     * sends or schedules leaves after the work it charged. Without this call a node's work takes no time.
     * Attach before creating the node's actor (its runtime carries the CPU).
     */
    public void attachCpu(NodeId id, SimCpu cpu) {
        check(id);
        cpus[id.value()] = cpu;
    }

    /** Marks the messages that are intake (client submissions and their replication) for the CPU's bulk queue. */
    public void setBulk(java.util.function.Predicate<M> isBulk) {
        this.bulk = isBulk;
    }

    public SimCpu cpu(NodeId id) {
        check(id);
        return cpus[id.value()];
    }

    private long offset(int i) {
        return cpus[i] == null ? 0 : cpus[i].offset();
    }

    private void runOn(int i, Runnable task) {
        if (cpus[i] == null) {
            task.run();
        } else {
            cpus[i].submit(task);
        }
    }

    public Simulation simulation() {
        return sim;
    }

    public int size() {
        return n;
    }

    public NodeRuntime<M> runtime(NodeId id) {
        check(id);
        int i = id.value();
        io.aigcnet.core.runtime.Clock clock = skew[i] == 0 ? sim : () -> sim.nanos() + skew[i];
        SimCpu cpu = cpus[i];
        return new NodeRuntime<>(clock, scheduler(id), new Endpoint(i), cpu == null ? io.aigcnet.core.runtime.Cpu.NONE : cpu);
    }

    /**
     * Makes node {@code id}'s clock run {@code aheadNanos} ahead of virtual time (a skewed wall clock). Only
     * runtimes created afterwards see it; timers still fire after their real delay.
     */
    public void setClockSkew(NodeId id, long aheadNanos) {
        check(id);
        if (aheadNanos < 0) {
            throw new IllegalArgumentException("clock skew must be >= 0 (ahead), got " + aheadNanos);
        }
        skew[id.value()] = aheadNanos;
    }

    private Scheduler scheduler(NodeId id) {
        int i = id.value();
        return (delay, task) -> {
            int e = epoch[i];
            if (delay < 0) {
                throw new IllegalArgumentException("delay must be >= 0, got " + delay);
            }
            return sim.at(sim.nanos() + offset(i) + delay, Simulation.PRIORITY_TIMER, 1_000 + i, () -> {
                if (!down[i] && epoch[i] == e) {
                    runOn(i, () -> {
                        if (!down[i] && epoch[i] == e) {
                            task.run();
                        }
                    });
                }
            });
        };
    }

    // ---- faults -------------------------------------------------------------------------------

    /** Crashes a node: its timers die, it receives nothing. Its handler stays for {@link #restart}. */
    public void crash(NodeId id) {
        check(id);
        down[id.value()] = true;
        epoch[id.value()]++;
        sim.trace("crash " + id);
    }

    /** Brings a crashed node back; the caller re-creates the actor (it may reload from its store). */
    public void restart(NodeId id) {
        check(id);
        down[id.value()] = false;
        epoch[id.value()]++;
        sim.trace("restart " + id);
    }

    public boolean isDown(NodeId id) {
        return down[id.value()];
    }

    /** Splits the network: nodes in different groups cannot talk; nodes in no group form their own group. */
    public void partition(Collection<Set<NodeId>> groups) {
        int[] g = new int[n];
        Arrays.fill(g, -1);
        int k = 0;
        for (Set<NodeId> s : groups) {
            for (NodeId id : s) {
                check(id);
                g[id.value()] = k;
            }
            k++;
        }
        for (int i = 0; i < n; i++) {
            if (g[i] < 0) {
                g[i] = k++;
            }
        }
        group = g;
        sim.trace("partition " + Arrays.toString(g));
    }

    public void heal() {
        group = new int[n];
        sim.trace("heal");
    }

    public void setModel(NetworkModel model) {
        this.model = model;
    }

    public NetworkModel model() {
        return model;
    }

    /** Schedules a fault (or any world action) at absolute virtual time {@code atNanos}. */
    public Cancellable at(long atNanos, Runnable fault) {
        return sim.at(atNanos, Simulation.PRIORITY_TIMER, 2, fault);
    }

    public long messagesSent() {
        return sent;
    }

    public long messagesDelivered() {
        return delivered;
    }

    public long messagesDropped() {
        return dropped;
    }

    // ---- delivery -----------------------------------------------------------------------------

    /** Sees every message a node sends, before the network decides its fate (fault-campaign checkers). */
    @FunctionalInterface
    public interface Tap<M> {
        void sent(NodeId from, NodeId to, M message, long atNanos);
    }

    private final List<Tap<M>> taps = new ArrayList<>();

    /** Adds an observer of every send; it must not send or schedule anything itself. */
    public void addTap(Tap<M> tap) {
        taps.add(tap);
    }

    private void send(int from, int to, M msg) {
        sent++;
        for (Tap<M> t : taps) {
            t.sent(NodeId.of(from), NodeId.of(to), msg, sim.nanos());
        }
        if (down[from] || group[from] != group[to] || (model.lossProbability() > 0 && rng.nextDouble() < model.lossProbability())) {
            dropped++;
            return;
        }
        long now = sim.nanos() + offset(from);
        long arrival = now;
        if (from != to && model.bandwidthBytesPerSecond() > 0) {
            long tx = (long) sizeOf.applyAsInt(msg) * 1_000_000_000L / model.bandwidthBytesPerSecond();
            long start = Math.max(now, linkFree[from][to]);
            linkFree[from][to] = start + tx;
            arrival = start + tx;
        }
        schedule(from, to, msg, arrival + delay());
        if (model.duplicateProbability() > 0 && rng.nextDouble() < model.duplicateProbability()) {
            schedule(from, to, msg, arrival + delay());
        }
    }

    private long delay() {
        if (model.latencyNanos() == 0 && model.jitterNanos() == 0 && model.reorderProbability() == 0) {
            return 0;
        }
        long d = model.latencyNanos();
        if (model.jitterNanos() > 0) {
            d += (long) (rng.nextDouble() * model.jitterNanos());
        }
        if (model.reorderProbability() > 0 && rng.nextDouble() < model.reorderProbability()) {
            d += model.reorderDelayNanos();
        }
        return d;
    }

    private void schedule(int from, int to, M msg, long at) {
        int e = epoch[to];
        sim.at(at, Simulation.PRIORITY_DELIVERY, (from << 16) | to, () -> {
            MessageHandler<M> h = handlers.get(to);
            if (down[to] || epoch[to] != e || h == null) {
                dropped++;
                return;
            }
            delivered++;
            if (cpus[to] == null) {
                h.onMessage(NodeId.of(from), msg);
            } else {
                cpus[to].submit(() -> {
                    if (!down[to] && epoch[to] == e) {
                        h.onMessage(NodeId.of(from), msg);
                    }
                }, bulk.test(msg));
            }
        });
    }

    private void check(NodeId id) {
        if (id.value() >= n) {
            throw new IllegalArgumentException("node " + id + " not in a world of " + n + " nodes");
        }
    }

    private final class Endpoint implements Network<M> {
        private final int self;
        private final List<NodeId> peers;

        Endpoint(int self) {
            this.self = self;
            List<NodeId> p = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i != self) {
                    p.add(NodeId.of(i));
                }
            }
            this.peers = List.copyOf(p);
        }

        @Override
        public NodeId self() {
            return NodeId.of(self);
        }

        @Override
        public List<NodeId> peers() {
            return peers;
        }

        @Override
        public void send(NodeId to, M message) {
            check(to);
            SimWorld.this.send(self, to.value(), message);
        }

        @Override
        public void onReceive(MessageHandler<M> handler) {
            handlers.set(self, handler);
        }
    }
}
