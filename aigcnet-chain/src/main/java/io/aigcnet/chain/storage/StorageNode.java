package io.aigcnet.chain.storage;

import java.util.Optional;

/**
 * One professional storage node of the storage chain. It stores chunks (keyed by the chunk's
 * SHA-256) and manifests (keyed by the content's SHA-256) in two separate namespaces, because a
 * one-chunk item has the same key for its chunk and for its whole content. A node that is down
 * answers nothing; a node never vouches for what it returns, readers verify.
 */
public final class StorageNode {
    private final String id;
    private final ChunkStore chunks;
    private final ChunkStore manifests;
    private volatile boolean up = true;

    public StorageNode(String id, ChunkStore chunks, ChunkStore manifests) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("storage node id must be non-blank");
        }
        this.id = id;
        this.chunks = chunks;
        this.manifests = manifests;
    }

    public static StorageNode inMemory(String id) {
        return new StorageNode(id, new InMemoryChunkStore(), new InMemoryChunkStore());
    }

    public String id() {
        return id;
    }

    public boolean isUp() {
        return up;
    }

    /** Simulates a crash (true) or recovery (false); stored bytes survive, as on a disk. */
    public void setDown(boolean down) {
        this.up = !down;
    }

    /** Stores a chunk after checking that its bytes hash to {@code key}; a node refuses mislabelled data. */
    public void putChunk(ContentKey key, byte[] bytes) {
        requireUp();
        if (!ContentKey.ofContent(bytes).equals(key)) {
            throw new IllegalArgumentException("node " + id + ": chunk bytes do not hash to " + key);
        }
        chunks.put(key, bytes);
    }

    public Optional<byte[]> getChunk(ContentKey key) {
        return up ? chunks.get(key) : Optional.empty();
    }

    public boolean hasChunk(ContentKey key) {
        return up && chunks.contains(key);
    }

    public void putManifest(Manifest m) {
        requireUp();
        manifests.put(m.contentKey(), m.encode());
    }

    public Optional<byte[]> getManifest(ContentKey contentKey) {
        return up ? manifests.get(contentKey) : Optional.empty();
    }

    /** Raw access for fault injection in tests and experiments (bit rot, malicious node). */
    public ChunkStore rawChunks() {
        return chunks;
    }

    public ChunkStore rawManifests() {
        return manifests;
    }

    public long bytesStored() {
        return chunks.bytesStored() + manifests.bytesStored();
    }

    private void requireUp() {
        if (!up) {
            throw new IllegalStateException("storage node " + id + " is down");
        }
    }
}
