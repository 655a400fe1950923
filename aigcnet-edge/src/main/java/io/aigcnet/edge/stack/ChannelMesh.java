package io.aigcnet.edge.stack;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.Scheduler;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelWire;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The channel parties' network in a city, on a shared {@link Simulation}. A city opens channels as phones
 * meet providers, so endpoints are added while it runs (the simulator's {@code SimWorld} has a fixed node
 * count and an n² link table, fine for a fixed fleet, not for 10⁵ phones).
 *
 * <p>Ids: node 0 is the contract host; ids 1..{@code groups} are <em>addresses</em> (a phone or a provider),
 * the ids the host's event board knows them by; every channel party gets an endpoint id above that. A message
 * to an endpoint goes to that endpoint; a message to an address goes to every endpoint of that address (a phone
 * with channels to two providers watches the chain for both), filtered to the events of the endpoint's own channel. The
 * receiver sees the sender's endpoint id, so a party's peer check works as on a fixed network. Every message
 * takes the model's latency plus uniform jitter; nothing is lost (the city's links are not under attack).
 */
final class ChannelMesh {
    private final Simulation sim;
    private final NetworkModel model;
    private final UniformRandomProvider rng;
    private final int groups;
    private final List<MessageHandler<ChannelWire>> handlers = new ArrayList<>();
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<Hash> channelOf = new ArrayList<>();
    private long delivered;

    /** @param groups how many addresses (phones + providers) the host may name */
    ChannelMesh(Simulation sim, NetworkModel model, UniformRandomProvider rng, int groups) {
        this.sim = sim;
        this.model = model;
        this.rng = rng;
        this.groups = groups;
        handlers.add(null); // the host
        channelOf.add(null);
        for (int g = 0; g <= groups; g++) members.add(null);
    }

    /** The id the host's directory knows address number {@code g} (0-based) by. */
    NodeId address(int g) {
        if (g < 0 || g >= groups) throw new IllegalArgumentException("address " + g + " not in 0.." + (groups - 1));
        return NodeId.of(1 + g);
    }

    static NodeId host() { return NodeId.of(0); }

    /** The contract host's runtime (node 0). */
    NodeRuntime<ChannelWire> hostRuntime() { return runtime(0); }

    /**
     * A new endpoint for the party of address number {@code g} in channel {@code channel}: of the contract's events
     * sent to the address it receives only that channel's (the party would ignore the others; a provider serving a
     * thousand phones would otherwise be handed every event of every one of their channels).
     */
    NodeRuntime<ChannelWire> endpoint(int g, Hash channel) {
        address(g);
        int id = 1 + groups + handlers.size() - 1;
        handlers.add(null);
        channelOf.add(channel);
        List<Integer> m = members.get(1 + g);
        if (m == null) members.set(1 + g, m = new ArrayList<>(2));
        m.add(id);
        return runtime(id);
    }

    /** Drops a settled party's endpoint: it receives nothing more (the city keeps only live channels' handlers). */
    void retire(NodeId endpoint, int g) {
        int idx = endpoint.value() - groups;
        if (idx > 0 && idx < handlers.size()) {
            handlers.set(idx, null);
            channelOf.set(idx, null);
        }
        List<Integer> m = members.get(1 + g);
        if (m != null) m.remove(Integer.valueOf(endpoint.value()));
    }

    long delivered() { return delivered; }

    private NodeRuntime<ChannelWire> runtime(int self) {
        Scheduler scheduler = (delay, task) -> {
            if (delay < 0) throw new IllegalArgumentException("delay must be >= 0, got " + delay);
            return sim.at(sim.nanos() + delay, Simulation.PRIORITY_TIMER, 5, task);
        };
        return new NodeRuntime<>(sim, scheduler, new Endpoint(self));
    }

    private MessageHandler<ChannelWire> handler(int id) {
        int idx = id == 0 ? 0 : id - groups;
        return idx >= 0 && idx < handlers.size() ? handlers.get(idx) : null;
    }

    private void deliver(int from, int to, ChannelWire m) {
        long at = sim.nanos() + model.latencyNanos() + (model.jitterNanos() > 0 ? (long) (rng.nextDouble() * model.jitterNanos()) : 0);
        sim.at(at, Simulation.PRIORITY_DELIVERY, 6, () -> {
            MessageHandler<ChannelWire> h = handler(to);
            if (h != null) {
                delivered++;
                h.onMessage(NodeId.of(from), m);
            }
        });
    }

    private final class Endpoint implements Network<ChannelWire> {
        private final int self;

        Endpoint(int self) { this.self = self; }

        @Override public NodeId self() { return NodeId.of(self); }

        /** Peers are not enumerable on a growing mesh; channel parties only send to ids they were given. */
        @Override public List<NodeId> peers() { return List.of(); }

        @Override public void send(NodeId to, ChannelWire message) {
            int t = to.value();
            if (t >= 1 && t <= groups) {
                List<Integer> m = members.get(t);
                Hash ch = message instanceof ChannelWire.Event ev ? ev.event().channelId() : null;
                if (m != null)
                    for (int e : List.copyOf(m))
                        if (ch == null || ch.equals(channelOf.get(e - groups))) deliver(self, e, message);
            } else {
                deliver(self, t, message);
            }
        }

        @Override public void onReceive(MessageHandler<ChannelWire> handler) {
            int idx = self == 0 ? 0 : self - groups;
            handlers.set(idx, handler);
        }
    }
}
