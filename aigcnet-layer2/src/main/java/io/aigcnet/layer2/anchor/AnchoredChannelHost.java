package io.aigcnet.layer2.anchor;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelEventBoard;
import io.aigcnet.layer2.channel.ChannelTx;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Transfer_Channel contract on the real anchor chain: a drop-in for the block-interval stand-in
 * {@link io.aigcnet.layer2.channel.ChannelChainHost} with the same party-facing messages.
 *
 * <p>A party's {@link ChannelWire.Submit} is signed by that party's wallet key as a Transfer_Channel
 * transaction ({@link ChannelTxCodec}) and submitted to {@code node}. The contract executes only what
 * {@code node} <em>finalises</em>: for each finalised block, its Transfer_Channel transactions in block
 * order at the block's time, then the block's deadline check. So a channel is open only after its
 * establish transaction is final (ProSecutor eq. (3) case: establish confirmed on chain) and it settles
 * only when a close transaction is final. Events go to both parties as with the stand-in.
 *
 * <p>The wallets stand for the parties' own chain clients (they hold the keys); a party's nonces are
 * counted here from 1, so a wallet address must not also send anchor-chain transactions elsewhere.
 * An identical re-submission (the parties re-send after a timeout) re-sends the same signed transaction,
 * which the chain deduplicates.
 */
public final class AnchoredChannelHost implements io.aigcnet.layer2.channel.ContractHost {
    private final NodeRuntime<ChannelWire> rt;
    private final TransferChannelContract contract;
    private final ChainNode node;
    private final ChannelEventBoard board;
    private final Map<Address, KeyPair> wallets;
    private final SignatureScheme txScheme;
    private final Map<Address, Long> nonces = new HashMap<>();
    private final Map<Hash, Transaction> signed = new HashMap<>();
    private final List<Published> published = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final boolean ownPartiesOnly;
    private long acceptedTxs;
    private long channelTxsFinalised;

    /** An event of the contract with the height of the finalised block that caused it. */
    public record Published(ChannelEvent event, long height, long nanos) {
    }

    /**
     * @param node the chain node the host submits to and watches (its finalised blocks drive the contract)
     * @param wallets the parties' keys, used to sign their Transfer_Channel transactions
     */
    public AnchoredChannelHost(NodeRuntime<ChannelWire> rt, TransferChannelContract contract, ChainNode node,
                               Map<Address, NodeId> directory, Map<Address, KeyPair> wallets, SignatureScheme txScheme) {
        this(rt, contract, node, directory, wallets, txScheme, false);
    }

    /**
     * As above; with {@code ownPartiesOnly} the contract executes only the Transfer_Channel transactions sent by
     * the parties whose wallets this host holds (one of several hosts on a live network, each serving its own
     * channels: channels are independent, so each host's contract is exact for the channels it serves).
     */
    public AnchoredChannelHost(NodeRuntime<ChannelWire> rt, TransferChannelContract contract, ChainNode node,
                               Map<Address, NodeId> directory, Map<Address, KeyPair> wallets, SignatureScheme txScheme,
                               boolean ownPartiesOnly) {
        this.ownPartiesOnly = ownPartiesOnly;
        this.rt = rt;
        this.contract = contract;
        this.node = node;
        this.board = new ChannelEventBoard(rt.network(), directory);
        this.wallets = Map.copyOf(wallets);
        this.txScheme = txScheme;
        node.addListener(this::onFinalised);
        rt.network().onReceive((from, m) -> {
            if (m instanceof ChannelWire.Submit s) {
                submit(s.tx());
            } else if (m instanceof ChannelWire.Sync q) {
                board.replay(q.channelId(), from);
            }
        });
    }

    private void submit(ChannelTx ctx) {
        KeyPair key = wallets.get(ctx.submitter());
        if (key == null) {
            refused.add("no wallet for " + ctx.submitter());
            return;
        }
        byte[] payload = ChannelTxCodec.op(ctx).encode();
        Hash content = Sha256.hash(new ByteWriter(payload.length + 48).address(ctx.submitter()).i64(ctx.txFee())
                .bytes(payload).toByteArray());
        Transaction tx = signed.computeIfAbsent(content, k -> {
            rt.cpu().charge(io.aigcnet.chain.cost.CpuOps.SIGN);
            return ChannelTxCodec.encode(ctx, key, nonces.merge(ctx.submitter(), 1L, Long::sum), txScheme);
        });
        Verdict v = node.submit(tx);
        if (!v.ok()) {
            refused.add(v.reason() + ": " + v.detail());
        }
    }

    private void onFinalised(Block b, CommitCertificate cert, long nanos) {
        long blockTime = b.header().timeNanos();
        for (Transaction tx : b.txs()) {
            if (tx.type() != TxType.TRANSFER_CHANNEL || (ownPartiesOnly && !wallets.containsKey(tx.sender()))) {
                continue;
            }
            channelTxsFinalised++;
            ChannelTx ctx;
            try {
                ctx = ChannelTxCodec.decode(tx);
            } catch (DecodeException e) {
                continue; // the chain admitted the envelope but the contract cannot use it: no effect
            }
            board.noteParties(ctx);
            rt.cpu().charge(io.aigcnet.layer2.cost.Layer2Ops.CHANNEL_UPDATE);
            List<ChannelEvent> evs = contract.execute(ctx, blockTime);
            if (evs.stream().noneMatch(e -> e instanceof ChannelEvent.Rejected)) {
                acceptedTxs++;
            }
            evs.forEach(e -> publish(e, b.height(), nanos));
        }
        contract.onBlock(blockTime).forEach(e -> publish(e, b.height(), nanos));
    }

    private void publish(ChannelEvent e, long height, long nanos) {
        published.add(new Published(e, height, nanos));
        board.publish(e);
    }

    public TransferChannelContract contract() {
        return contract;
    }

    /** Transfer_Channel transactions signed and handed to the chain (distinct transactions). */
    public List<Transaction> signedTxs() {
        return List.copyOf(signed.values());
    }

    /** Transfer_Channel transactions the contract accepted (establish, close and challenge submissions). */
    public long acceptedTxs() {
        return acceptedTxs;
    }

    /** Transfer_Channel transactions seen in finalised blocks. */
    public long channelTxsFinalised() {
        return channelTxsFinalised;
    }

    /** Every contract event with the finalised height that caused it, in order. */
    public List<Published> published() {
        return List.copyOf(published);
    }

    /** Submissions the chain node refused at admission, with reasons (re-sends of pooled txs included). */
    public List<String> refused() {
        return List.copyOf(refused);
    }
}
