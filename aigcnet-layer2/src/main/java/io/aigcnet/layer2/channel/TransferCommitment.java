package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.layer2.rollup.MerkleTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A constant-size commitment to a channel's completed transfers (H(P_1), f_1) … (H(P_n), f_n): the count
 * and the Merkle frontier, i.e. the roots of the perfect subtrees that the binary form of {@code count}
 * splits the leaves into, largest (leftmost) first. Appending a transfer costs O(log n) hashes from the
 * frontier alone, and {@link #root()} is exactly {@link MerkleTree#root} over the leaves
 * {@link #leaf(Transfer)} (with MerkleTree's odd-node promotion, a level's unpaired last node is the fold of
 * the smaller subtrees, so the root is the right fold of the frontier). A client proves that it owns an
 * output with an ordinary {@link MerkleTree#proof} against the root registered on chain.
 *
 * <p>Why it exists: ProSecutor's state lists every transfer, so a state grows with the channel's life; with
 * this commitment a state, and hence a close, has the same size after 1 or 1,000,000 transfers (at most
 * 63 frontier hashes).
 */
public record TransferCommitment(long count, List<Hash> peaks) implements Encodable {
    public static final TransferCommitment EMPTY = new TransferCommitment(0, List.of());

    public TransferCommitment {
        peaks = List.copyOf(peaks);
        if (count < 0 || peaks.size() != Long.bitCount(count)) {
            throw new IllegalArgumentException("a commitment to " + count + " transfers has " + Long.bitCount(Math.max(0, count))
                    + " frontier hashes, got " + peaks.size());
        }
    }

    /** The leaf of one transfer: SHA-256(0x00 ‖ H(P) ‖ f), so the commitment binds each output to its fee. */
    public static Hash leaf(Transfer t) {
        return MerkleTree.leaf(t.encode());
    }

    /** The commitment after one more transfer. */
    public TransferCommitment append(Transfer t) {
        List<Hash> next = new ArrayList<>(peaks.size() + 1);
        next.addAll(peaks);
        Hash carry = leaf(t);
        // each trailing 1 bit of count is a subtree of the new leaf's size: merge it in, left ‖ right
        for (long c = count; (c & 1) == 1; c >>>= 1) {
            carry = MerkleTree.node(next.remove(next.size() - 1), carry);
        }
        next.add(carry);
        return new TransferCommitment(Math.addExact(count, 1), next);
    }

    /** {@link MerkleTree#root} over the leaves of the committed transfers, in order; {@link Hash#ZERO} for none. */
    public Hash root() {
        if (peaks.isEmpty()) {
            return Hash.ZERO;
        }
        Hash acc = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            acc = MerkleTree.node(peaks.get(i), acc);
        }
        return acc;
    }

    /** The commitment to {@code transfers}, built one by one. */
    public static TransferCommitment of(List<Transfer> transfers) {
        TransferCommitment c = EMPTY;
        for (Transfer t : transfers) {
            c = c.append(t);
        }
        return c;
    }

    /** The audit path of transfer {@code index} of {@code transfers} (the list the commitment was built from). */
    public static List<MerkleTree.ProofStep> proof(List<Transfer> transfers, int index) {
        return MerkleTree.proof(transfers.stream().map(TransferCommitment::leaf).toList(), index);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i64(count);
        peaks.forEach(out::hash);
    }

    static TransferCommitment decode(ByteReader in) throws DecodeException {
        long n = in.u63("commitment.count");
        List<Hash> p = new ArrayList<>(Long.bitCount(n));
        for (int i = 0; i < Long.bitCount(n); i++) {
            p.add(in.hash("commitment.peak"));
        }
        return new TransferCommitment(n, p);
    }
}
