package io.aigcnet.chain.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 through the JDK (intrinsified on x86, faster than BouncyCastle's Java code). A
 * {@link MessageDigest} is not thread-safe, so each thread keeps its own.
 */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime ships SHA-256", e);
        }
    });

    private Sha256() {
    }

    public static Hash hash(byte[] data) {
        return hash(data, 0, data.length);
    }

    public static Hash hash(byte[] data, int off, int len) {
        MessageDigest md = DIGEST.get();
        md.update(data, off, len);
        return Hash.wrap(md.digest());
    }

    /** Hash of the concatenation of the parts (no separators: callers use fixed-width or length-prefixed parts). */
    public static Hash hash(byte[]... parts) {
        MessageDigest md = DIGEST.get();
        for (byte[] p : parts) {
            md.update(p);
        }
        return Hash.wrap(md.digest());
    }

    /** Hash of two hashes, the inner node of a Merkle tree. */
    public static Hash hashPair(Hash left, Hash right) {
        byte[] buf = new byte[2 * Hash.SIZE];
        left.copyTo(buf, 0);
        right.copyTo(buf, Hash.SIZE);
        return hash(buf);
    }
}
