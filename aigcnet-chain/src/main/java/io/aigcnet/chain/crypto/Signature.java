package io.aigcnet.chain.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/** A 64-byte Ed25519 signature (R || S, RFC 8032). */
public final class Signature {
    public static final int SIZE = 64;
    /** Placeholder of an unsigned body; never verifies. */
    public static final Signature EMPTY = new Signature(new byte[SIZE]);

    private final byte[] bytes;

    private Signature(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Signature of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("signature must be 64 bytes, got " + bytes.length);
        }
        return new Signature(bytes.clone());
    }

    static Signature wrap(byte[] bytes) {
        return new Signature(bytes);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    public void copyTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, SIZE);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex().substring(0, 16);
    }
}
