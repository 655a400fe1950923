package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.lifecycle.registry.ContentSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A content-addressed store in memory: the storage chain of one process (simulations, the embedded demo). */
public final class MemoryContentStore implements ContentSource {
    private final Map<Hash, byte[]> blobs = new ConcurrentHashMap<>();

    /** Stores {@code bytes} under their SHA-256 and returns it. */
    public Hash put(byte[] bytes) {
        Hash k = Sha256.hash(bytes);
        blobs.put(k, bytes.clone());
        return k;
    }

    /** Replaces the bytes under {@code key} (fault injection: a corrupted replica). */
    public void corrupt(Hash key, byte[] bytes) {
        blobs.put(key, bytes.clone());
    }

    @Override
    public Optional<byte[]> fetch(Hash cipherRef) {
        byte[] b = blobs.get(cipherRef);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }
}
