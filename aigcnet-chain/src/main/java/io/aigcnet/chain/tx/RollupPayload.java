package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.RollupBlock;

/**
 * The payload of a Reputation_Roll-up transaction: a kind byte, then a full roll-up block (the anchor
 * chain's {@link RollupBlock}), a compact one, or a poison claim against an earlier roll-up.
 */
public sealed interface RollupPayload extends Encodable {
    int FULL = 0;
    int COMPACT = 1;
    int POISON = 2;

    long sequence();

    record Full(RollupBlock block) implements RollupPayload {
        @Override
        public long sequence() {
            return block.sequence();
        }

        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(FULL).write(block);
        }
    }

    /** Compact B_r: Merkle root of the opinion ids + storage-chain key of the batch + RT root. */
    record Compact(long sequence, int count, Hash opinionsRoot, Hash storageKey, Hash reputationRoot)
            implements RollupPayload {
        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(COMPACT).i64(sequence).i32(count).hash(opinionsRoot).hash(storageKey).hash(reputationRoot);
        }
    }

    /**
     * A poison transaction (Bitcoin-NG style): claims that the roll-up {@code rollupTxId} at
     * {@code sequence} proposed by {@code proposer} does not reconstruct; valid with f+1 RCO signatures
     * (see {@link RcoNode}).
     */
    record Poison(long sequence, long turn, Address proposer, Hash rollupTxId, int signatures) implements RollupPayload {
        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(POISON).i64(sequence).i64(turn).address(proposer).hash(rollupTxId).i32(signatures);
        }
    }

    static RollupPayload decode(byte[] bytes) throws DecodeException {
        ByteReader in = new ByteReader(bytes);
        int kind = in.u8("rollup.kind");
        RollupPayload p = switch (kind) {
            case FULL -> new Full(RollupBlock.decode(in));
            case COMPACT -> new Compact(in.u63("rollup.sequence"), in.count("rollup.count", 1_000_000),
                    in.hash("rollup.opinionsRoot"), in.hash("rollup.storageKey"), in.hash("rollup.reputationRoot"));
            case POISON -> new Poison(in.u63("poison.sequence"), in.u63("poison.turn"), in.address("poison.proposer"),
                    in.hash("poison.rollupTxId"), in.count("poison.signatures", 1_000));
            default -> throw new DecodeException("rollup.kind", "must be 0 (full), 1 (compact) or 2 (poison), got " + kind);
        };
        in.expectEnd();
        return p;
    }

    /** RT root claimed by a full or compact block. */
    static Hash reputationRoot(RollupPayload p) {
        if (p instanceof Full f) {
            return f.block().reputationRoot();
        }
        if (p instanceof Compact c) {
            return c.reputationRoot();
        }
        throw new IllegalArgumentException("a poison claim has no reputation root");
    }
}
