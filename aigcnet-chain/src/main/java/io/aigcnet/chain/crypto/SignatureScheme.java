package io.aigcnet.chain.crypto;

/**
 * Signs and verifies messages under a key pair. {@link Ed25519Signer} is the real scheme used by every
 * node and test of security properties; {@link ModelledSignatures} is a cheap stand-in that only the
 * long simulated experiments use (its cost is modelled as time instead of being spent).
 */
public interface SignatureScheme {
    Signature sign(KeyPair keys, byte[] message);

    boolean verify(Address signer, byte[] message, Signature signature);

    /** The real Ed25519 scheme. */
    static SignatureScheme ed25519() {
        return Ed25519Signer.INSTANCE;
    }
}
