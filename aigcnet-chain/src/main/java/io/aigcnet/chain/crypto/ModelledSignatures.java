package io.aigcnet.chain.crypto;

/**
 * A modelled signature for long simulated experiments only: the "signature" is the message's first
 * 32 bytes XOR the signer's public key, followed by 32 zero bytes. It proves nothing (anyone can forge
 * it) but it binds a signature to one signer and one message, so the same admission code still rejects
 * a mismatch. Real verification time is charged as simulated CPU time instead (see the sim runtime's
 * cost model). Never use it outside the simulator; {@link Ed25519Signer} is the node default.
 */
public final class ModelledSignatures implements SignatureScheme {
    public static final ModelledSignatures INSTANCE = new ModelledSignatures();

    private ModelledSignatures() {
    }

    @Override
    public Signature sign(KeyPair keys, byte[] message) {
        return Signature.wrap(tag(keys.address(), message));
    }

    @Override
    public boolean verify(Address signer, byte[] message, Signature signature) {
        return java.util.Arrays.equals(tag(signer, message), signature.raw());
    }

    private static byte[] tag(Address signer, byte[] message) {
        byte[] out = new byte[Signature.SIZE];
        byte[] key = signer.rawKey();
        for (int i = 0; i < Address.SIZE; i++) {
            byte m = i < message.length ? message[i] : 0;
            out[i] = (byte) (m ^ key[i]);
        }
        return out;
    }
}
