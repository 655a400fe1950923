package io.aigcnet.chain.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/** A 32-byte SHA-256 digest. Immutable: the array is copied in and out. */
public final class Hash implements Comparable<Hash> {
    public static final int SIZE = 32;
    /** The all-zero hash, used as the parent of the genesis block. */
    public static final Hash ZERO = new Hash(new byte[SIZE], false);

    private final byte[] bytes;
    private final int hashCode;

    private Hash(byte[] bytes, boolean copy) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("hash must be " + SIZE + " bytes, got " + bytes.length);
        }
        this.bytes = copy ? bytes.clone() : bytes;
        this.hashCode = Arrays.hashCode(this.bytes);
    }

    public static Hash of(byte[] bytes) {
        return new Hash(bytes, true);
    }

    /** Wraps an array the caller promises never to modify again (avoids a copy on hot paths). */
    static Hash wrap(byte[] bytes) {
        return new Hash(bytes, false);
    }

    public static Hash fromHex(String hex) {
        return new Hash(HexFormat.of().parseHex(hex), false);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Copies the digest into {@code dst} at {@code off} without allocating. */
    public void copyTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, SIZE);
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    /** The first 8 bytes as a big-endian long; handy as a compact id in logs and modelled signatures. */
    public long prefixLong() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (bytes[i] & 0xFF);
        }
        return v;
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && h.hashCode == hashCode && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @Override
    public int compareTo(Hash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return hex().substring(0, 16);
    }
}
