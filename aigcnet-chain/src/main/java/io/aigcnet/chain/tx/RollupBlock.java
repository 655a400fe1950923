package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import java.util.List;

/**
 * Payload of a Reputation_Roll-up transaction (sender = RCO, receiver = none): the roll-up block B_r, an
 * ordered list of Opinion_Update ids in chronological order followed by the Reputation Tree root
 * (ProSecutor Fig. 2). At most {@link #MAX_ENTRIES} ids (the paper's roll-up capacity is 500).
 */
public record RollupBlock(long sequence, List<Hash> opinionIds, Hash reputationRoot) implements Encodable {
    public static final int MAX_ENTRIES = 1000;

    public RollupBlock {
        opinionIds = List.copyOf(opinionIds);
        if (sequence < 0 || opinionIds.isEmpty() || opinionIds.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("roll-up needs sequence >= 0 and 1.." + MAX_ENTRIES + " ids, got "
                    + sequence + " / " + opinionIds.size());
        }
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i64(sequence).i32(opinionIds.size());
        for (Hash h : opinionIds) {
            out.hash(h);
        }
        out.hash(reputationRoot);
    }

    public static RollupBlock decode(ByteReader in) throws DecodeException {
        long seq = in.u63("rollup.sequence");
        List<Hash> ids = in.list("rollup.opinionIds", MAX_ENTRIES, r -> r.hash("rollup.opinionId"));
        if (ids.isEmpty()) {
            throw new DecodeException("rollup.opinionIds", "must not be empty");
        }
        return new RollupBlock(seq, ids, in.hash("rollup.reputationRoot"));
    }
}
