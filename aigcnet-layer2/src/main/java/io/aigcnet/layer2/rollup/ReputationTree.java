package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Reputation Tree: a {@link MerkleTree} over {@link ReputationLeaf}s ordered by MASP address
 * (unsigned byte order), one leaf per registered MASP, including MASPs without opinions yet. A client
 * holding the root (from the anchor chain) can check any MASP's reputation with {@link #proof}.
 */
public final class ReputationTree {
    private final List<ReputationLeaf> leaves;
    private final List<Hash> hashes;
    private final Hash root;

    public ReputationTree(List<ReputationLeaf> leaves) {
        List<ReputationLeaf> sorted = new ArrayList<>(leaves);
        sorted.sort(Comparator.comparing(ReputationLeaf::masp));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).masp().equals(sorted.get(i - 1).masp())) {
                throw new IllegalArgumentException("duplicate MASP leaf " + sorted.get(i).masp());
            }
        }
        this.leaves = List.copyOf(sorted);
        this.hashes = sorted.stream().map(ReputationLeaf::hash).toList();
        this.root = MerkleTree.root(hashes);
    }

    public Hash root() {
        return root;
    }

    public List<ReputationLeaf> leaves() {
        return leaves;
    }

    public Optional<ReputationLeaf> leaf(Address masp) {
        return leaves.stream().filter(l -> l.masp().equals(masp)).findFirst();
    }

    public List<MerkleTree.ProofStep> proof(Address masp) {
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).masp().equals(masp)) {
                return MerkleTree.proof(hashes, i);
            }
        }
        throw new IllegalArgumentException("no leaf for MASP " + masp);
    }

    public static boolean verify(ReputationLeaf leaf, List<MerkleTree.ProofStep> proof, Hash root) {
        return MerkleTree.verify(leaf.hash(), proof, root);
    }
}
