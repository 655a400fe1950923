package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary SHA-256 Merkle tree over already-hashed leaves. Internal node = SHA-256(0x01 ‖ left ‖ right);
 * leaf hashes are made by callers with a 0x00 prefix, so a leaf can never be confused with an internal
 * node (second-preimage safety). An odd node at the end of a level is promoted unchanged to the next
 * level (no duplication, which would let two different leaf lists share a root). The empty tree's root
 * is {@link Hash#ZERO}.
 */
public final class MerkleTree {
    static final byte LEAF = 0x00;
    static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static Hash root(List<Hash> leaves) {
        if (leaves.isEmpty()) {
            return Hash.ZERO;
        }
        List<Hash> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return level.get(0);
    }

    /** SHA-256(0x00 ‖ data): how callers should hash a leaf's content. */
    public static Hash leaf(byte[] data) {
        return Sha256.hash(new byte[] {LEAF}, data);
    }

    /** SHA-256(0x01 ‖ left ‖ right): an internal node. */
    public static Hash node(Hash l, Hash r) {
        byte[] buf = new byte[1 + 2 * Hash.SIZE];
        buf[0] = NODE;
        l.copyTo(buf, 1);
        r.copyTo(buf, 1 + Hash.SIZE);
        return Sha256.hash(buf);
    }

    private static List<Hash> up(List<Hash> level) {
        List<Hash> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i + 1 < level.size(); i += 2) {
            next.add(node(level.get(i), level.get(i + 1)));
        }
        if (level.size() % 2 == 1) {
            next.add(level.get(level.size() - 1)); // odd node promoted unchanged
        }
        return next;
    }

    /**
     * Audit path of leaf {@code index}: sibling hashes bottom-up, each tagged with whether the sibling is
     * on the left. Levels where the node was promoted contribute nothing.
     */
    public static List<ProofStep> proof(List<Hash> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf index " + index + " out of [0, " + leaves.size() + ")");
        }
        List<ProofStep> path = new ArrayList<>();
        List<Hash> level = leaves;
        int i = index;
        while (level.size() > 1) {
            int sib = i ^ 1;
            if (sib < level.size()) {
                path.add(new ProofStep(level.get(sib), sib < i));
            }
            level = up(level);
            i /= 2;
        }
        return path;
    }

    public static boolean verify(Hash leafHash, List<ProofStep> proof, Hash root) {
        Hash h = leafHash;
        for (ProofStep s : proof) {
            h = s.siblingOnLeft() ? node(s.sibling(), h) : node(h, s.sibling());
        }
        return h.equals(root);
    }

    /** One step of an audit path. */
    public record ProofStep(Hash sibling, boolean siblingOnLeft) {
    }
}
