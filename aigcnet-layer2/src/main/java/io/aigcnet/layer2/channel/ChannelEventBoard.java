package io.aigcnet.layer2.channel;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chain host tells channel parties: it learns a channel's two parties from its establish
 * transaction, keeps every contract event per channel, sends each new event to both parties (they
 * watch the chain) and replays a channel's log to a party that asks to sync. Shared by the
 * block-interval stand-in ({@link ChannelChainHost}) and the host on the real DPoS chain.
 */
public final class ChannelEventBoard {
    private final Network<ChannelWire> network;
    private final Map<Address, NodeId> directory;
    private final Map<Hash, Address[]> parties = new HashMap<>();
    private final Map<Hash, List<ChannelEvent>> log = new HashMap<>();

    public ChannelEventBoard(Network<ChannelWire> network, Map<Address, NodeId> directory) {
        this.network = network;
        this.directory = Map.copyOf(directory);
    }

    /** Remembers the parties of a channel when its establish transaction is executed. */
    public void noteParties(ChannelTx tx) {
        if (tx instanceof ChannelTx.Establish e) {
            parties.putIfAbsent(e.params().channelId(), new Address[] {e.params().client(), e.params().masp()});
        }
    }

    /** Logs an event and sends it to both parties of its channel. */
    public void publish(ChannelEvent e) {
        log.computeIfAbsent(e.channelId(), k -> new ArrayList<>()).add(e);
        Address[] ps = parties.get(e.channelId());
        if (ps == null) {
            return;
        }
        for (Address a : ps) {
            NodeId n = directory.get(a);
            if (n != null) {
                network.send(n, new ChannelWire.Event(e));
            }
        }
    }

    /** Re-sends a channel's whole event log to one party (its answer to {@link ChannelWire.Sync}). */
    public void replay(Hash channelId, NodeId to) {
        log.getOrDefault(channelId, List.of()).forEach(e -> network.send(to, new ChannelWire.Event(e)));
    }
}
