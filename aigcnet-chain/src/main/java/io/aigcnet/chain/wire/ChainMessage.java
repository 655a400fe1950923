package io.aigcnet.chain.wire;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Decoder;
import io.aigcnet.chain.tx.Transaction;
import java.util.List;

/** Messages between chain nodes. */
public sealed interface ChainMessage {
    int MAX_BATCH = 20_000;

    /** Transactions forwarded by the node that admitted them from a client (peers do not re-forward). */
    record TxBatch(List<Transaction> txs) implements ChainMessage {
        public TxBatch {
            txs = List.copyOf(txs);
        }
    }

    /** A block proposed for (height, round); {@code vote} is the proposer's signed PROPOSAL statement. */
    record Proposal(Block block, Vote vote) implements ChainMessage {
    }

    record VoteMsg(Vote vote) implements ChainMessage {
    }

    /** A finalised block with its certificate: catch-up and delivery to full nodes. */
    record Commit(Block block, CommitCertificate certificate) implements ChainMessage {
    }

    /** Asks a peer for the finalised block at {@code height}. */
    record SyncRequest(long height) implements ChainMessage {
    }

    record EvidenceMsg(Evidence evidence) implements ChainMessage {
    }

    /** Exact encoded size in bytes (tag included). */
    default int size() {
        if (this instanceof TxBatch b) {
            int s = 1 + 4;
            for (Transaction t : b.txs()) {
                s += t.encodedSize();
            }
            return s;
        }
        if (this instanceof Proposal p) {
            return 1 + p.block().encodedSize() + Vote.ENCODED_SIZE;
        }
        if (this instanceof Commit c) {
            return 1 + c.block().encodedSize() + 8 + 8 + 32 + 4 + c.certificate().precommits().size() * Vote.ENCODED_SIZE;
        }
        if (this instanceof VoteMsg) {
            return 1 + Vote.ENCODED_SIZE;
        }
        if (this instanceof EvidenceMsg) {
            return 1 + 2 * Vote.ENCODED_SIZE;
        }
        return 1 + 8;
    }

    default byte[] encode() {
        ByteWriter w = new ByteWriter(size());
        if (this instanceof TxBatch b) {
            w.u8(0).i32(b.txs().size());
            b.txs().forEach(t -> t.encodeTo(w));
        } else if (this instanceof Proposal p) {
            w.u8(1);
            p.block().encodeTo(w);
            p.vote().encodeTo(w);
        } else if (this instanceof VoteMsg v) {
            w.u8(2);
            v.vote().encodeTo(w);
        } else if (this instanceof Commit c) {
            w.u8(3);
            c.block().encodeTo(w);
            c.certificate().encodeTo(w);
        } else if (this instanceof SyncRequest s) {
            w.u8(4).i64(s.height());
        } else if (this instanceof EvidenceMsg e) {
            w.u8(5);
            e.evidence().encodeTo(w);
        }
        return w.toByteArray();
    }

    /** Decodes exactly one message occupying the whole buffer. */
    static ChainMessage decode(byte[] bytes) throws DecodeException {
        return DECODER.decodeAll(bytes);
    }

    Decoder<ChainMessage> DECODER = in -> {
        int tag = in.u8("message.tag");
        return switch (tag) {
            case 0 -> new TxBatch(in.list("batch.txs", MAX_BATCH, Transaction::decode));
            case 1 -> new Proposal(Block.decode(in), Vote.decode(in));
            case 2 -> new VoteMsg(Vote.decode(in));
            case 3 -> new Commit(Block.decode(in), CommitCertificate.decode(in));
            case 4 -> new SyncRequest(in.u63("sync.height"));
            case 5 -> new EvidenceMsg(Evidence.decode(in));
            default -> throw new DecodeException("message.tag", "unknown tag " + tag + " (allowed 0..5)");
        };
    };

    /** Decodes one message from a reader positioned at its tag (e.g. inside a larger frame). */
    static ChainMessage decode(ByteReader in) throws DecodeException {
        return DECODER.decode(in);
    }
}
