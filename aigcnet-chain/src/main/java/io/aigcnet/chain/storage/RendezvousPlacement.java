package io.aigcnet.chain.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;

/**
 * Highest-random-weight (rendezvous) hashing: node n's weight for key k is the first 8 bytes of
 * SHA-256(k || n.id) read as an unsigned integer; the highest weights win. Chosen because it
 * needs no shared ring state, is deterministic for every reader, and moves only the replicas of
 * a lost node when the node set changes.
 */
public final class RendezvousPlacement implements ReplicaPlacement {
    @Override
    public List<StorageNode> rank(ContentKey key, List<StorageNode> candidates) {
        Comparator<StorageNode> byWeight = Comparator.comparing((StorageNode n) -> weight(key, n.id()),
                Long::compareUnsigned);
        return candidates.stream().sorted(byWeight.reversed().thenComparing(StorageNode::id)).toList();
    }

    static long weight(ContentKey key, String nodeId) {
        MessageDigest md = Digests.newSha256();
        md.update(key.bytes());
        md.update(nodeId.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(md.digest()).getLong();
    }
}
