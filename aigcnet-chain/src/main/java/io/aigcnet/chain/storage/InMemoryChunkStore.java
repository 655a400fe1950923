package io.aigcnet.chain.storage;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ChunkStore} in a map: the default for the simulated runtime and for tests. */
public final class InMemoryChunkStore implements ChunkStore {
    private final Map<ContentKey, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void put(ContentKey key, byte[] bytes) {
        blobs.put(key, bytes.clone());
    }

    @Override
    public Optional<byte[]> get(ContentKey key) {
        byte[] b = blobs.get(key);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    @Override
    public boolean contains(ContentKey key) {
        return blobs.containsKey(key);
    }

    @Override
    public long bytesStored() {
        return blobs.values().stream().mapToLong(b -> b.length).sum();
    }
}
