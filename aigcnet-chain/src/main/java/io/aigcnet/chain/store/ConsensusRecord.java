package io.aigcnet.chain.store;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import java.util.Objects;

/**
 * What a super node must remember across a crash to stay correct: each statement it signed for the height
 * being decided, and its Tendermint lock (locked = valid block and round). Written to the
 * {@link ConsensusJournal} before the statement leaves the node.
 */
public sealed interface ConsensusRecord extends Encodable {
    /** The height this record belongs to. */
    long height();

    /** The round this record belongs to. */
    long round();

    /** A prevote or precommit this node signed. */
    record OwnVote(Vote vote) implements ConsensusRecord {
        public OwnVote {
            Objects.requireNonNull(vote, "vote");
            if (vote.kind() == VoteKind.PROPOSAL) {
                throw new IllegalArgumentException("a proposal is journaled with its block (OwnProposal)");
            }
        }

        @Override
        public long height() {
            return vote.height();
        }

        @Override
        public long round() {
            return vote.round();
        }

        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(1).write(vote);
        }
    }

    /** A proposal this node signed, with its block (needed to re-send it after a restart). */
    record OwnProposal(Vote proposal, Block block) implements ConsensusRecord {
        public OwnProposal {
            if (proposal.kind() != VoteKind.PROPOSAL || !proposal.blockHash().equals(block.hash())) {
                throw new IllegalArgumentException("proposal statement does not match its block");
            }
        }

        @Override
        public long height() {
            return proposal.height();
        }

        @Override
        public long round() {
            return proposal.round();
        }

        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(2).write(proposal).write(block);
        }
    }

    /** The lock taken when precommitting {@code block} in {@code round} (also Tendermint's valid value). */
    record Lock(long height, long round, Block block) implements ConsensusRecord {
        public Lock {
            Objects.requireNonNull(block, "block");
            if (block.height() != height) {
                throw new IllegalArgumentException("lock height " + height + " != block height " + block.height());
            }
        }

        @Override
        public void encodeTo(ByteWriter out) {
            out.u8(3).i64(height).i64(round).write(block);
        }
    }

    static ConsensusRecord decode(ByteReader in) throws DecodeException {
        int kind = in.u8("journal.kind");
        return switch (kind) {
            case 1 -> {
                Vote v = Vote.decode(in);
                if (v.kind() == VoteKind.PROPOSAL) {
                    throw new DecodeException("journal.vote", "a bare proposal is not a journal record");
                }
                yield new OwnVote(v);
            }
            case 2 -> {
                Vote p = Vote.decode(in);
                Block b = Block.decode(in);
                if (p.kind() != VoteKind.PROPOSAL || !p.blockHash().equals(b.hash())) {
                    throw new DecodeException("journal.proposal", "statement does not match its block");
                }
                yield new OwnProposal(p, b);
            }
            case 3 -> {
                long h = in.u63("journal.lock.height");
                long r = in.u63("journal.lock.round");
                Block b = Block.decode(in);
                if (b.height() != h) {
                    throw new DecodeException("journal.lock", "block height " + b.height() + " != " + h);
                }
                yield new Lock(h, r, b);
            }
            default -> throw new DecodeException("journal.kind", "unknown record kind " + kind);
        };
    }
}
