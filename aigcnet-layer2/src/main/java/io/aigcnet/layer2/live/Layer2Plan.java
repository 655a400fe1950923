package io.aigcnet.layer2.live;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.core.runtime.NodeId;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What every process of a live layer-2 network agrees on ({@code layer2.json} beside the node configs): the
 * topology (nodes, RCOs, channels, MASPs, opinion clients), the roll-up thresholds, and the layer-2 listen
 * ports. Process {@code i < nodes} is node {@code i}; process {@code nodes} is the load driver (the clients).
 * The parties' keys derive from {@code seed}: the node hosting a channel's MASP signs that MASP's and that
 * client's Transfer_Channel transactions with them (see {@link io.aigcnet.layer2.anchor.AnchoredChannelHost}).
 *
 * @param rcos nodes 0..rcos-1 are the roll-up lane's RCOs (super nodes as reputation coordinators)
 * @param channels client–MASP channel pairs; pair {@code c}'s MASP and chain host run on node {@code c mod nodes}
 * @param roundsPerChannel transfers one channel carries before it is closed and a new one opened
 * @param masps MASPs that opinions judge
 * @param opinionClients clients that send opinions
 * @param linkPorts layer-2 TCP port of each process (nodes, then the driver)
 */
public record Layer2Plan(long seed, int nodes, int rcos, int channels, int roundsPerChannel, int masps, int opinionClients,
                         int rollupMaxOpinions, long rollupThresholdMs, List<Integer> linkPorts) implements Validated {
    /** Channel fee per transfer; a channel's deposit is {@code FEE * roundsPerChannel}. */
    public static final long FEE = 10;
    /**
     * Most transfers one channel may carry (as the simulated experiments' {@code rounds_per_channel}). A close
     * carries one double-signed state of constant size, so the bound is not the Transfer_Channel transaction.
     */
    public static final int MAX_ROUNDS_PER_CHANNEL = 1_000_000;
    /** Fee of a Transfer_Channel transaction (the establish fee F_e). */
    public static final long CHANNEL_TX_FEE = 7;
    /** Local id of a node's channel host; MASP party of pair c is local id {@code 1 + c}. */
    static final int HOST_LOCAL = 0;
    /** Local id of a node's RCO in the roll-up protocol. */
    static final int RCO_LOCAL = 0;

    public Layer2Plan {
        linkPorts = linkPorts == null ? List.of() : List.copyOf(linkPorts);
    }

    @Override
    public void validate() {
        Checks.range("nodes", nodes, 1, 64);
        Checks.range("rcos", rcos, 1, nodes);
        Checks.range("channels", channels, 0, Layer2Link.IDS_PER_PROCESS - 2);
        Checks.range("rounds_per_channel", roundsPerChannel, 1, MAX_ROUNDS_PER_CHANNEL);
        Checks.range("masps", masps, 1, 100_000);
        Checks.range("opinion_clients", opinionClients, 1, 1_000_000);
        Checks.range("rollup_max_opinions", rollupMaxOpinions, 1, io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES);
        Checks.range("rollup_threshold_ms", rollupThresholdMs, 1, 3_600_000);
        if (linkPorts.size() != nodes + 1) {
            throw ConfigException.field("link_ports", "must list " + (nodes + 1) + " ports (one per node, then the driver), got "
                    + linkPorts.size());
        }
    }

    public int driverProcess() {
        return nodes;
    }

    public Map<Integer, InetSocketAddress> linkAddresses() {
        Map<Integer, InetSocketAddress> m = new TreeMap<>();
        for (int p = 0; p < linkPorts.size(); p++) {
            m.put(p, new InetSocketAddress("127.0.0.1", linkPorts.get(p)));
        }
        return m;
    }

    public int nodeOfChannel(int c) {
        return c % nodes;
    }

    public NodeId hostId(int node) {
        return Layer2Link.id(node, HOST_LOCAL);
    }

    public NodeId maspPartyId(int c) {
        return Layer2Link.id(nodeOfChannel(c), 1 + c);
    }

    public NodeId clientPartyId(int c) {
        return Layer2Link.id(driverProcess(), 1 + c);
    }

    public NodeId rcoId(int node) {
        return Layer2Link.id(node, RCO_LOCAL);
    }

    /** The MASPs that opinions judge (receivers of Opinion_Update). */
    public List<Address> maspAddresses() {
        return keys("masps", masps).stream().map(KeyPair::address).toList();
    }

    public List<KeyPair> opinionClientKeys() {
        return keys("opinion-clients", opinionClients);
    }

    public List<KeyPair> channelClientKeys() {
        return keys("channel-clients", channels);
    }

    public List<KeyPair> channelMaspKeys() {
        return keys("channel-masps", channels);
    }

    /** The key of pair {@code c}'s {@code n}-th channel's transfers' outputs, known to both parties. */
    public static io.aigcnet.layer2.channel.Transfer transfer(int c, long channelNonce, int round) {
        byte[] id = java.nio.ByteBuffer.allocate(20).putInt(c).putLong(channelNonce).putLong(round).array();
        return new io.aigcnet.layer2.channel.Transfer(io.aigcnet.chain.crypto.Sha256.hash(id), FEE);
    }

    private List<KeyPair> keys(String stream, int n) {
        UniformRandomProvider rng = RngStreams.of(seed).stream("layer2-live-" + stream);
        List<KeyPair> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(KeyPair.generate(rng));
        }
        return out;
    }
}
