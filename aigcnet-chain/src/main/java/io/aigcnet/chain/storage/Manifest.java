package io.aigcnet.chain.storage;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes how one content item was chunked: its key (SHA-256 of the whole content), its size,
 * the chunk size and the ordered chunk keys. Stored on the replica nodes next to the chunks so
 * that a reader who only holds the content key can reassemble the item.
 *
 * <p>Binary form (big-endian): magic {@code "AGSM"}, version byte 1, content key (32 B), size
 * (int64), chunk size (int32), chunk count (int32), then the chunk keys (32 B each).
 */
public record Manifest(ContentKey contentKey, long size, int chunkSize, List<ContentKey> chunks) {
    private static final int MAGIC = 0x4147534D; // "AGSM"
    private static final byte VERSION = 1;
    /** Refuse manifests that would describe more than 16 Mi chunks: protects decoders from huge allocations. */
    static final int MAX_CHUNKS = 1 << 24;

    public Manifest {
        if (size < 0) {
            throw new IllegalArgumentException("manifest size must be >= 0, got " + size);
        }
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("manifest chunkSize must be > 0, got " + chunkSize);
        }
        chunks = List.copyOf(chunks);
        long expected = size == 0 ? 0 : (size + chunkSize - 1) / chunkSize;
        if (chunks.size() != expected) {
            throw new IllegalArgumentException("manifest chunk count " + chunks.size()
                    + " does not match size " + size + " / chunkSize " + chunkSize);
        }
    }

    /** Length in bytes of chunk {@code i}: all chunks are full except possibly the last. */
    public int chunkLength(int i) {
        long start = (long) i * chunkSize;
        return (int) Math.min(chunkSize, size - start);
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 32 + 8 + 4 + 4 + 32 * chunks.size());
        b.putInt(MAGIC).put(VERSION).put(contentKey.bytes()).putLong(size).putInt(chunkSize).putInt(chunks.size());
        for (ContentKey k : chunks) {
            b.put(k.bytes());
        }
        return b.array();
    }

    /** Decodes {@link #encode()}'s output; any malformed input raises {@link IllegalArgumentException}. */
    public static Manifest decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != MAGIC) {
                throw new IllegalArgumentException("manifest: bad magic (expected AGSM)");
            }
            byte v = b.get();
            if (v != VERSION) {
                throw new IllegalArgumentException("manifest: unsupported version " + v + " (allowed: 1)");
            }
            byte[] key = new byte[32];
            b.get(key);
            long size = b.getLong();
            int chunkSize = b.getInt();
            int n = b.getInt();
            if (n < 0 || n > MAX_CHUNKS || (long) n * 32 != b.remaining()) {
                throw new IllegalArgumentException("manifest: chunk count " + n + " does not match "
                        + b.remaining() + " remaining bytes");
            }
            List<ContentKey> chunks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] k = new byte[32];
                b.get(k);
                chunks.add(ContentKey.of(k));
            }
            return new Manifest(ContentKey.of(key), size, chunkSize, chunks);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("manifest: truncated (" + bytes.length + " bytes)", e);
        }
    }
}
