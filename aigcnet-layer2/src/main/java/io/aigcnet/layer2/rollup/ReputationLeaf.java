package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;

/**
 * A leaf L = (MASP address, reputation) of the Reputation Tree (Fig. 2). The reputation is the
 * client-independent value defined in {@link ReputationState#leafReputation} in parts per billion
 * (consensus data holds no doubles; 10^-9 resolves far below any decision threshold). Leaf hash =
 * SHA-256(0x00 ‖ address (32 B) ‖ reputation (int64 big-endian)).
 */
public record ReputationLeaf(Address masp, long reputationPpb) {
    public static final long PPB = 1_000_000_000L;

    public Hash hash() {
        return MerkleTree.leaf(new ByteWriter(40).address(masp).i64(reputationPpb).toByteArray());
    }

    public double reputation() {
        return reputationPpb / (double) PPB;
    }
}
