package io.aigcnet.chain.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An account address. ProSecutor identifies every participant by its public key ("identity and address =
 * public key", spec §2.1), so an address is exactly the 32-byte Ed25519 public key: no truncated hash, no
 * checksum. This keeps transactions self-verifying (the sender field is the verification key) at the cost
 * of 12 more bytes than an Ethereum address. The text form is lowercase hex with a {@code 0x} prefix.
 */
public final class Address implements Comparable<Address> {
    public static final int SIZE = 32;
    /** Receiver of transactions that have none (the paper's {@code receiver = null}, e.g. roll-ups). */
    public static final Address NONE = new Address(new byte[SIZE]);

    private final byte[] key;
    private final int hashCode;

    private Address(byte[] key) {
        this.key = key;
        this.hashCode = Arrays.hashCode(key);
    }

    /** The address of an Ed25519 public key (the identity mapping, see the class comment). */
    public static Address ofPublicKey(byte[] publicKey) {
        if (publicKey.length != SIZE) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes, got " + publicKey.length);
        }
        return new Address(publicKey.clone());
    }

    public static Address fromHex(String text) {
        String hex = text.startsWith("0x") ? text.substring(2) : text;
        if (hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("address must be 64 hex digits (optionally 0x-prefixed), got '" + text + "'");
        }
        return new Address(HexFormat.of().parseHex(hex));
    }

    public byte[] publicKey() {
        return key.clone();
    }

    /** Direct access for the signature check; callers must not modify it. */
    byte[] rawKey() {
        return key;
    }

    public void copyTo(byte[] dst, int off) {
        System.arraycopy(key, 0, dst, off, SIZE);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public String hex() {
        return "0x" + HexFormat.of().formatHex(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.hashCode == hashCode && Arrays.equals(a.key, key);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(key, o.key);
    }

    @Override
    public String toString() {
        return hex().substring(0, 12);
    }
}
