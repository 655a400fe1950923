package io.aigcnet.layer2.live;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.tx.RollupBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.layer2.anchor.ChannelTxCodec;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelTx;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ChannelWireCodec;
import io.aigcnet.layer2.channel.SignedState;
import io.aigcnet.layer2.rollup.RollupWire;

/**
 * Byte forms of the layer-2 messages that cross process boundaries in a live network: the roll-up protocol
 * among RCOs ({@link RollupWire}), and the channel protocol including what a party exchanges with its chain
 * host ({@link ChannelWire.Submit}, {@link ChannelWire.Event}); party-to-party messages are
 * {@link ChannelWireCodec}'s. A tag byte, then the fields in declaration order.
 */
public final class Layer2WireCodec {
    /** Most opinions one proposal may carry: a roll-up block's capacity. */
    static final int MAX_PROPOSAL = RollupBlock.MAX_ENTRIES;

    private Layer2WireCodec() {
    }

    public static byte[] encodeRollup(RollupWire m) {
        ByteWriter w = new ByteWriter(256);
        if (m instanceof RollupWire.Submit s) {
            w.u8(1).write(s.opinion());
        } else if (m instanceof RollupWire.Sync s) {
            w.u8(2).write(s.opinion());
        } else if (m instanceof RollupWire.Proposal p) {
            w.u8(3).i64(p.turn()).write(p.rollupTx()).i32(p.opinions().size());
            p.opinions().forEach(w::write);
        } else if (m instanceof RollupWire.Vote v) {
            w.u8(4).i64(v.turn()).hash(v.rollupTxId()).bool(v.accept()).address(v.rco()).signature(v.sig());
        } else {
            throw new IllegalArgumentException("unknown roll-up message " + m.getClass().getSimpleName());
        }
        return w.toByteArray();
    }

    /** Decodes one whole roll-up message; malformed input raises {@link DecodeException} naming the field. */
    public static RollupWire decodeRollup(byte[] bytes) throws DecodeException {
        ByteReader in = new ByteReader(bytes);
        int tag = in.u8("rollup.tag");
        RollupWire m = switch (tag) {
            case 1 -> new RollupWire.Submit(Transaction.decode(in));
            case 2 -> new RollupWire.Sync(Transaction.decode(in));
            case 3 -> new RollupWire.Proposal(in.u63("proposal.turn"), Transaction.decode(in),
                    in.list("proposal.opinions", MAX_PROPOSAL, Transaction::decode));
            case 4 -> new RollupWire.Vote(in.u63("vote.turn"), in.hash("vote.rollupTxId"), in.bool("vote.accept"),
                    in.address("vote.rco"), in.signature("vote.sig"));
            default -> throw new DecodeException("rollup.tag", "must be 1..4, got " + tag);
        };
        in.expectEnd();
        return m;
    }

    public static byte[] encodeChannel(ChannelWire m) {
        if (m instanceof ChannelWire.Submit s) {
            ChannelTx tx = s.tx();
            return new ByteWriter(1024).u8(20).address(tx.submitter()).i64(tx.txFee()).bytes(ChannelTxCodec.op(tx).encode())
                    .toByteArray();
        }
        if (m instanceof ChannelWire.Event e) {
            ByteWriter w = new ByteWriter(512).u8(21);
            ChannelEvent ev = e.event();
            if (ev instanceof ChannelEvent.Opened o) {
                w.u8(1).hash(o.channelId()).i64(o.atNanos()).write(o.genesis());
            } else if (ev instanceof ChannelEvent.CloseSubmitted c) {
                w.u8(2).hash(c.channelId()).i64(c.bestSeq()).i64(c.challengeDeadlineNanos());
            } else if (ev instanceof ChannelEvent.Settled s) {
                w.u8(3).hash(s.channelId()).i64(s.finalSeq()).i64(s.paid()).i64(s.refunded()).i64(s.transfers())
                        .hash(s.ownershipRoot()).bool(s.pendingSwapExecuted());
            } else if (ev instanceof ChannelEvent.Rejected r) {
                w.u8(4).hash(r.channelId()).string(r.reason());
            } else {
                throw new IllegalArgumentException("unknown channel event " + ev.getClass().getSimpleName());
            }
            return w.toByteArray();
        }
        return ChannelWireCodec.encode(m);
    }

    /** Decodes one whole channel message of any kind. */
    public static ChannelWire decodeChannel(byte[] bytes) throws DecodeException {
        if (bytes.length == 0 || (bytes[0] != 20 && bytes[0] != 21)) {
            return ChannelWireCodec.decode(bytes);
        }
        ByteReader in = new ByteReader(bytes);
        int tag = in.u8("channel.tag");
        ChannelWire m;
        if (tag == 20) {
            m = new ChannelWire.Submit(ChannelTxCodec.decode(in.address("submit.submitter"), in.u63("submit.fee"),
                    in.bytes("submit.op", Transaction.MAX_PAYLOAD)));
        } else {
            int kind = in.u8("event.kind");
            ChannelEvent ev = switch (kind) {
                case 1 -> new ChannelEvent.Opened(in.hash("opened.channelId"), in.i64("opened.at"), SignedState.decode(in));
                case 2 -> new ChannelEvent.CloseSubmitted(in.hash("closeSubmitted.channelId"), in.i64("closeSubmitted.bestSeq"),
                        in.i64("closeSubmitted.deadline"));
                case 3 -> new ChannelEvent.Settled(in.hash("settled.channelId"), in.i64("settled.finalSeq"), in.i64("settled.paid"),
                        in.i64("settled.refunded"), in.u63("settled.transfers"), in.hash("settled.ownershipRoot"),
                        in.bool("settled.pendingSwap"));
                case 4 -> new ChannelEvent.Rejected(in.hash("rejected.channelId"), in.string("rejected.reason", 4096));
                default -> throw new DecodeException("event.kind", "must be 1..4, got " + kind);
            };
            m = new ChannelWire.Event(ev);
        }
        in.expectEnd();
        return m;
    }
}
