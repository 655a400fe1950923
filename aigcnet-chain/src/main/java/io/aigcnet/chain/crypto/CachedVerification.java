package io.aigcnet.chain.crypto;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers (signer, message, signature) triples that verified, so that the same statement is checked
 * once per process. Sound: only successes are cached and the key is the whole triple, so a forgery can
 * never hit the cache. Used by the simulator, where every node lives in one process and receives the
 * same vote objects; verification time there is modelled separately. Not thread-safe.
 */
public final class CachedVerification implements SignatureScheme {
    private final SignatureScheme inner;
    private final Map<ByteBuffer, Boolean> verified;

    public CachedVerification(SignatureScheme inner, int capacity) {
        this.inner = inner;
        this.verified = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Signature sign(KeyPair keys, byte[] message) {
        return inner.sign(keys, message);
    }

    @Override
    public boolean verify(Address signer, byte[] message, Signature signature) {
        byte[] k = new byte[Address.SIZE + Signature.SIZE + message.length];
        signer.copyTo(k, 0);
        signature.copyTo(k, Address.SIZE);
        System.arraycopy(message, 0, k, Address.SIZE + Signature.SIZE, message.length);
        ByteBuffer key = ByteBuffer.wrap(k);
        if (verified.containsKey(key)) {
            return true;
        }
        boolean ok = inner.verify(signer, message, signature);
        if (ok) {
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }
}
