package io.aigcnet.chain.crypto;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 (RFC 8032, pure variant) through BouncyCastle's low-level implementation. Stateless and
 * thread-safe. Messages are usually a 32-byte SHA-256 digest of a canonical encoding.
 */
public final class Ed25519Signer implements SignatureScheme {
    public static final Ed25519Signer INSTANCE = new Ed25519Signer();

    static {
        Ed25519.precompute();
    }

    private Ed25519Signer() {
    }

    @Override
    public Signature sign(KeyPair keys, byte[] message) {
        byte[] sig = new byte[Signature.SIZE];
        Ed25519.sign(keys.rawSeed(), 0, keys.address().rawKey(), 0, message, 0, message.length, sig, 0);
        return Signature.wrap(sig);
    }

    /** Never throws: a malformed key or signature simply does not verify. */
    @Override
    public boolean verify(Address signer, byte[] message, Signature signature) {
        try {
            return Ed25519.verify(signature.raw(), 0, signer.rawKey(), 0, message, 0, message.length);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
