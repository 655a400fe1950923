package io.aigcnet.chain.storage;

import java.util.List;

/** Decides which nodes hold the replicas of a blob, and in what order readers should probe them. */
public interface ReplicaPlacement {
    /** All {@code candidates} ranked by preference for {@code key}; the first r are the replica set. */
    List<StorageNode> rank(ContentKey key, List<StorageNode> candidates);
}
