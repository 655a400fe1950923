package io.aigcnet.layer2.channel;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.crypto.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hosts the {@link TransferChannelContract} as an actor that includes submitted Transfer_Channel
 * transactions in blocks every {@code blockIntervalNanos}, in arrival order, and tells both parties
 * of a channel what happened (the parties watch the chain). It stands for the anchor chain's
 * contract execution in channel simulations, where block production itself is not under test; the
 * full DPoS chain executes the same contract through the same {@link ChannelTx} values.
 */
public final class ChannelChainHost implements ContractHost {
    private final NodeRuntime<ChannelWire> rt;
    private final TransferChannelContract contract;
    private final long blockIntervalNanos;
    private final ChannelEventBoard board;
    private final List<ChannelTx> queue = new ArrayList<>();
    private final List<ChannelEvent> allEvents = new ArrayList<>();
    private long blocks;
    private long acceptedTxs;

    public ChannelChainHost(NodeRuntime<ChannelWire> rt, TransferChannelContract contract, long blockIntervalNanos,
                            Map<Address, NodeId> directory) {
        if (blockIntervalNanos <= 0) {
            throw new IllegalArgumentException("block interval must be > 0 ns");
        }
        this.rt = rt;
        this.contract = contract;
        this.blockIntervalNanos = blockIntervalNanos;
        this.board = new ChannelEventBoard(rt.network(), directory);
        rt.network().onReceive((from, m) -> {
            if (m instanceof ChannelWire.Submit s) {
                queue.add(s.tx());
            } else if (m instanceof ChannelWire.Sync q) {
                board.replay(q.channelId(), from);
            }
        });
        rt.scheduler().schedule(blockIntervalNanos, this::produceBlock);
    }

    private void produceBlock() {
        long now = rt.clock().nanos();
        blocks++;
        List<ChannelTx> txs = new ArrayList<>(queue);
        queue.clear();
        for (ChannelTx tx : txs) {
            board.noteParties(tx);
            List<ChannelEvent> evs = contract.execute(tx, now);
            if (evs.stream().noneMatch(e -> e instanceof ChannelEvent.Rejected)) {
                acceptedTxs++; // a transaction that changed chain state occupies ledger space
            }
            evs.forEach(this::publish);
        }
        contract.onBlock(now).forEach(this::publish);
        rt.scheduler().schedule(blockIntervalNanos, this::produceBlock);
    }

    private void publish(ChannelEvent e) {
        allEvents.add(e);
        board.publish(e);
    }

    public TransferChannelContract contract() {
        return contract;
    }

    /** Transfer_Channel transactions the contract accepted (establish, close and challenge submissions). */
    public long acceptedTxs() {
        return acceptedTxs;
    }

    public long blocks() {
        return blocks;
    }

    public List<ChannelEvent> events() {
        return List.copyOf(allEvents);
    }
}
