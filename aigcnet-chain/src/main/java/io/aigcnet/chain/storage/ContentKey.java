package io.aigcnet.chain.storage;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte SHA-256 digest used as an address in the storage chain: the key of a whole content
 * item (H(P) in the paper) or of a single chunk. Immutable; the byte array is copied in and out.
 */
public final class ContentKey implements Comparable<ContentKey> {
    public static final int LENGTH = 32;
    private final byte[] bytes;

    private ContentKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a digest; rejects anything but 32 bytes. */
    public static ContentKey of(byte[] digest) {
        if (digest == null || digest.length != LENGTH) {
            throw new IllegalArgumentException("content key must be " + LENGTH + " bytes, got "
                    + (digest == null ? "null" : digest.length));
        }
        return new ContentKey(digest.clone());
    }

    /** The key of {@code content}: SHA-256 over all of its bytes. */
    public static ContentKey ofContent(byte[] content) {
        return new ContentKey(Digests.sha256(content));
    }

    /** Parses 64 lowercase or uppercase hex digits. */
    public static ContentKey parse(String hex) {
        if (hex == null || hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("content key must be 64 hex digits, got '" + hex + "'");
        }
        try {
            return new ContentKey(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("content key must be 64 hex digits, got '" + hex + "'", e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(ContentKey o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
