package io.aigcnet.layer2.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    static byte[] sha(byte[]... parts) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (byte[] p : parts) {
            md.update(p);
        }
        return md.digest();
    }

    @Test
    void threeLeafRootMatchesHandComputation() throws Exception {
        // independent computation with the JDK digest: root = H(1 ‖ H(1 ‖ a ‖ b) ‖ c), c promoted unchanged
        byte[] a = sha(new byte[] {0}, "a".getBytes());
        byte[] b = sha(new byte[] {0}, "b".getBytes());
        byte[] c = sha(new byte[] {0}, "c".getBytes());
        byte[] ab = sha(new byte[] {1}, a, b);
        byte[] root = sha(new byte[] {1}, ab, c);
        Hash got = MerkleTree.root(List.of(MerkleTree.leaf("a".getBytes()), MerkleTree.leaf("b".getBytes()),
                MerkleTree.leaf("c".getBytes())));
        assertThat(got.toBytes()).isEqualTo(root);
    }

    @Test
    void emptyAndSingleLeaf() {
        assertThat(MerkleTree.root(List.of())).isEqualTo(Hash.ZERO);
        Hash one = MerkleTree.leaf(new byte[] {7});
        assertThat(MerkleTree.root(List.of(one))).isEqualTo(one);
    }

    @Test
    void everyProofVerifiesAndATamperedOneFails() {
        for (int n = 1; n <= 17; n++) {
            List<Hash> leaves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                leaves.add(MerkleTree.leaf(new byte[] {(byte) i, (byte) n}));
            }
            Hash root = MerkleTree.root(leaves);
            for (int i = 0; i < n; i++) {
                assertThat(MerkleTree.verify(leaves.get(i), MerkleTree.proof(leaves, i), root)).isTrue();
                Hash other = MerkleTree.leaf(new byte[] {(byte) 99});
                assertThat(MerkleTree.verify(other, MerkleTree.proof(leaves, i), root)).isFalse();
            }
        }
    }

    @Test
    void reputationTreeIsIndependentOfInputOrderAndProvesLeaves() {
        List<ReputationLeaf> leaves = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            leaves.add(new ReputationLeaf(KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(i)).address(), i * 1000L));
        }
        ReputationTree t1 = new ReputationTree(leaves);
        Collections.reverse(leaves);
        ReputationTree t2 = new ReputationTree(leaves);
        assertThat(t2.root()).isEqualTo(t1.root());
        ReputationLeaf l = leaves.get(3);
        assertThat(ReputationTree.verify(l, t1.proof(l.masp()), t1.root())).isTrue();
        ReputationLeaf lie = new ReputationLeaf(l.masp(), l.reputationPpb() + 1);
        assertThat(ReputationTree.verify(lie, t1.proof(l.masp()), t1.root())).isFalse();
    }
}
