package io.aigcnet.chain.crypto;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live node's signature cache: thread-safe, bounded, and sound (only successful checks are cached, keyed
 * by the whole (signer, message, signature) triple, so a forgery never hits). Verifier threads warm it as
 * transactions arrive; the node's event loop then finds every admitted signature already checked, and a
 * block's transactions cost nothing to re-check. Each signature is verified once per node.
 * <p>Bound: two generations of at most {@code capacity / 2} entries; when the young one fills it becomes
 * the old one and the previous old one is dropped (dropping only costs a re-verification).
 */
public final class SharedVerificationCache implements SignatureScheme {
    private final SignatureScheme inner;
    private final int generation;
    private volatile ConcurrentHashMap<ByteBuffer, Boolean> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<ByteBuffer, Boolean> old = new ConcurrentHashMap<>();
    private final AtomicLong verifications = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    public SharedVerificationCache(SignatureScheme inner, int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be >= 2, got " + capacity);
        }
        this.inner = inner;
        this.generation = capacity / 2;
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
        if (young.containsKey(key) || old.containsKey(key)) {
            hits.incrementAndGet();
            return true;
        }
        verifications.incrementAndGet();
        boolean ok = inner.verify(signer, message, signature);
        if (ok) {
            ConcurrentHashMap<ByteBuffer, Boolean> y = young;
            y.put(key, Boolean.TRUE);
            if (y.size() > generation) {
                rotate(y);
            }
        }
        return ok;
    }

    private synchronized void rotate(ConcurrentHashMap<ByteBuffer, Boolean> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }

    /** Signature checks actually computed (cache misses). */
    public long verifications() {
        return verifications.get();
    }

    /** Checks answered from the cache. */
    public long hits() {
        return hits.get();
    }
}
