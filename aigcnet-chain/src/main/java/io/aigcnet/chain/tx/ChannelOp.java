package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;

/**
 * Payload of a Transfer_Channel transaction (Fig. 2: channel {@code index} and the operation {@code Opt}).
 * ESTABLISH locks {@code amount} as the client's deposit f; CLOSE settles {@code amount} = Σ f_i to the
 * MASP and registers {@code ownershipRoot}, a commitment to {H(P_1)…H(P_ω)}; {@code evidence} carries the
 * double-signed channel states that layer 2 verifies on close (opaque here, bounded in size).
 */
public record ChannelOp(long index, Op op, long amount, Hash ownershipRoot, byte[] evidence) implements Encodable {
    public static final int MAX_EVIDENCE = 48 * 1024;

    public enum Op {
        ESTABLISH, CLOSE
    }

    public ChannelOp {
        if (index < 0 || amount < 0) {
            throw new IllegalArgumentException("channel index and amount must be >= 0");
        }
        if (evidence.length > MAX_EVIDENCE) {
            throw new IllegalArgumentException("channel evidence must be <= " + MAX_EVIDENCE + " bytes");
        }
        evidence = evidence.clone();
    }

    @Override
    public byte[] evidence() {
        return evidence.clone();
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i64(index).u8(op.ordinal()).i64(amount).hash(ownershipRoot).bytes(evidence);
    }

    public static ChannelOp decode(ByteReader in) throws DecodeException {
        long index = in.u63("channel.index");
        int op = in.u8("channel.op");
        if (op > 1) {
            throw new DecodeException("channel.op", "must be 0 (establish) or 1 (close), got " + op);
        }
        long amount = in.u63("channel.amount");
        Hash root = in.hash("channel.ownershipRoot");
        byte[] ev = in.bytes("channel.evidence", MAX_EVIDENCE);
        return new ChannelOp(index, Op.values()[op], amount, root, ev);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelOp c && c.index == index && c.op == op && c.amount == amount
                && c.ownershipRoot.equals(ownershipRoot) && java.util.Arrays.equals(c.evidence, evidence);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, op, amount, ownershipRoot) * 31 + java.util.Arrays.hashCode(evidence);
    }

    @Override
    public String toString() {
        return "ChannelOp[" + op + " #" + index + " amount=" + amount + "]";
    }
}
