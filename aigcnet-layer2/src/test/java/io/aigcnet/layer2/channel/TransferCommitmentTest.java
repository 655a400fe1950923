package io.aigcnet.layer2.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.layer2.rollup.MerkleTree;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferCommitmentTest {
    static Transfer transfer(int i) {
        return new Transfer(Sha256.hash(ByteBuffer.allocate(4).putInt(i).array()), 1 + i % 7);
    }

    /** Brute force: the incremental frontier's root equals MerkleTree's level-by-level root for every n up to 300. */
    @Test
    void incrementalRootEqualsTheWholeTreeRootForEveryCount() {
        List<Transfer> ts = new ArrayList<>();
        List<Hash> leaves = new ArrayList<>();
        TransferCommitment c = TransferCommitment.EMPTY;
        assertThat(c.root()).isEqualTo(Hash.ZERO);
        for (int n = 1; n <= 300; n++) {
            Transfer t = transfer(n);
            ts.add(t);
            leaves.add(TransferCommitment.leaf(t));
            c = c.append(t);
            assertThat(c.count()).isEqualTo(n);
            assertThat(c.peaks()).as("frontier of %d", n).hasSize(Integer.bitCount(n));
            assertThat(c.root()).as("root of %d", n).isEqualTo(MerkleTree.root(leaves));
        }
        assertThat(TransferCommitment.of(ts)).isEqualTo(c);
    }

    @Test
    void handComputedRootOfThreeTransfers() {
        // three leaves: level 1 = [H(l1, l2), l3] (odd node promoted), root = H(H(l1, l2), l3)
        Transfer a = transfer(1);
        Transfer b = transfer(2);
        Transfer d = transfer(3);
        Hash l1 = Sha256.hash(new byte[] {0}, a.encode());
        Hash l2 = Sha256.hash(new byte[] {0}, b.encode());
        Hash l3 = Sha256.hash(new byte[] {0}, d.encode());
        Hash expected = MerkleTree.node(MerkleTree.node(l1, l2), l3);
        assertThat(TransferCommitment.of(List.of(a, b, d)).root()).isEqualTo(expected);
    }

    @Test
    void everyTransferHasAProofAgainstTheRootAndNoOtherTransferDoes() {
        List<Transfer> ts = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            ts.add(transfer(i));
        }
        Hash root = TransferCommitment.of(ts).root();
        for (int i = 0; i < ts.size(); i++) {
            assertThat(MerkleTree.verify(TransferCommitment.leaf(ts.get(i)), TransferCommitment.proof(ts, i), root)).isTrue();
        }
        assertThat(MerkleTree.verify(TransferCommitment.leaf(transfer(99)), TransferCommitment.proof(ts, 5), root)).isFalse();
    }

    @Test
    void encodingRoundTripsAndAMalformedFrontierIsRefused() throws Exception {
        TransferCommitment c = TransferCommitment.of(List.of(transfer(1), transfer(2), transfer(3)));
        assertThat(TransferCommitment.decode(new ByteReader(c.encode()))).isEqualTo(c);
        assertThatThrownBy(() -> new TransferCommitment(3, List.of(Hash.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }
}
