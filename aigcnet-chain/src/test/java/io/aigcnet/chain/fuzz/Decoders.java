package io.aigcnet.chain.fuzz;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Decoder;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.OpinionUpdate;
import io.aigcnet.chain.tx.RollupBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every decoder of bytes that can come off the network, for the fuzz tests. */
final class Decoders {
    static final Map<String, Decoder<?>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("message", ChainMessage.DECODER);
        ALL.put("transaction", Transaction::decode);
        ALL.put("block", Block::decode);
        ALL.put("vote", Vote::decode);
        ALL.put("certificate", CommitCertificate::decode);
        ALL.put("evidence", Evidence::decode);
        ALL.put("opinion", OpinionUpdate::decode);
        ALL.put("rollup", RollupBlock::decode);
        ALL.put("channel", ChannelOp::decode);
        ALL.put("journal", io.aigcnet.chain.store.ConsensusRecord::decode); // read back from disk after a crash
        ALL.put("hashlock", io.aigcnet.chain.htlc.HashLock::decode);
    }

    private Decoders() {
    }

    /**
     * Feeds {@code bytes} to every decoder. A {@link DecodeException} is the correct answer to garbage;
     * anything else thrown (a runtime exception, an OOM from a trusted length) is a bug and propagates.
     * A successful decode must re-encode to the same bytes where the type is Encodable.
     */
    static void decodeAll(byte[] bytes) {
        for (Map.Entry<String, Decoder<?>> e : ALL.entrySet()) {
            try {
                Object v = e.getValue().decodeAll(bytes);
                byte[] again = v instanceof ChainMessage m ? m.encode() : ((io.aigcnet.chain.codec.Encodable) v).encode();
                if (!java.util.Arrays.equals(again, bytes)) {
                    throw new AssertionError(e.getKey() + ": decode/encode is not the identity");
                }
            } catch (DecodeException expected) {
                // typed rejection of malformed input
            }
        }
    }
}
