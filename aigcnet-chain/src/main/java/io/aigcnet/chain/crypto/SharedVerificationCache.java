package io.aigcnet.chain.crypto;

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
    private volatile ConcurrentHashMap<Key, Boolean> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<Key, Boolean> old = new ConcurrentHashMap<>();
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
        Key key = new Key(k);
        if (young.containsKey(key) || old.containsKey(key)) {
            hits.incrementAndGet();
            return true;
        }
        verifications.incrementAndGet();
        boolean ok = inner.verify(signer, message, signature);
        if (ok) {
            ConcurrentHashMap<Key, Boolean> y = young;
            y.put(key, Boolean.TRUE);
            if (y.size() > generation) {
                rotate(y);
            }
        }
        return ok;
    }

    /**
     * The (signer, signature, message) bytes, hashed once: the key is looked up in both generations and then
     * stored, and a ByteBuffer would rehash all its bytes each time. The hash covers every byte (a client cannot
     * pile keys into one bin by choosing a prefix), and equality compares every byte, so a forgery never hits.
     */
    private static final class Key {
        private final byte[] bytes;
        private final int hash;

        Key(byte[] bytes) {
            this.bytes = bytes;
            this.hash = java.util.Arrays.hashCode(bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.hash == hash && java.util.Arrays.equals(other.bytes, bytes);
        }
    }

    private synchronized void rotate(ConcurrentHashMap<Key, Boolean> full) {
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
