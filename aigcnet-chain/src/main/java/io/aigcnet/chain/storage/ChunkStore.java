package io.aigcnet.chain.storage;

import java.util.Optional;

/** Byte storage of one storage node, keyed by the SHA-256 of each stored blob. */
public interface ChunkStore {
    void put(ContentKey key, byte[] bytes);

    Optional<byte[]> get(ContentKey key);

    boolean contains(ContentKey key);

    /** Total payload bytes held, for storage accounting. */
    long bytesStored();
}
