package io.aigcnet.chain.crypto;

import java.util.HexFormat;
import org.apache.commons.rng.UniformRandomProvider;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 key pair: the 32-byte private seed and the public key derived from it. Keys come from a
 * caller-supplied random source so that simulations are reproducible; the live runtime passes a
 * seeded-from-OS source.
 */
public final class KeyPair {
    public static final int SEED_SIZE = 32;

    private final byte[] seed;
    private final Address address;

    private KeyPair(byte[] seed) {
        this.seed = seed;
        byte[] pk = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        this.address = Address.ofPublicKey(pk);
    }

    public static KeyPair generate(UniformRandomProvider rng) {
        byte[] seed = new byte[SEED_SIZE];
        rng.nextBytes(seed);
        return new KeyPair(seed);
    }

    public static KeyPair fromSeed(byte[] seed) {
        if (seed.length != SEED_SIZE) {
            throw new IllegalArgumentException("Ed25519 private seed must be 32 bytes, got " + seed.length);
        }
        return new KeyPair(seed.clone());
    }

    public static KeyPair fromSeedHex(String hex) {
        return fromSeed(HexFormat.of().parseHex(hex));
    }

    /** The address (= public key) of this pair. */
    public Address address() {
        return address;
    }

    public byte[] seed() {
        return seed.clone();
    }

    public String seedHex() {
        return HexFormat.of().formatHex(seed);
    }

    byte[] rawSeed() {
        return seed;
    }

    @Override
    public String toString() {
        return "KeyPair[" + address + "]";
    }
}
