package io.aigcnet.chain.live;

import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks transaction signatures on all cores before the transactions reach the node's single event loop.
 * The results land in the node's {@link io.aigcnet.chain.crypto.SharedVerificationCache}, so admission and
 * block checks on the loop are cache hits. Nothing is trusted because of this pass: the loop still runs
 * every rule, and a bad signature simply is not cached.
 */
public final class ParallelVerifier implements AutoCloseable {
    private static final int CHUNK = 64;
    private final SignatureScheme cache;
    private final ExecutorService pool;
    private final int threads;

    public ParallelVerifier(SignatureScheme cache, int threads, String name) {
        this.cache = cache;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Verifies every signature (in parallel for large batches) and returns when all are done. */
    public void warm(List<Transaction> txs) {
        if (txs.size() <= CHUNK || threads == 1) {
            txs.forEach(t -> t.verifySignature(cache));
            return;
        }
        List<Future<?>> parts = new ArrayList<>();
        for (int i = CHUNK; i < txs.size(); i += CHUNK) {
            List<Transaction> part = txs.subList(i, Math.min(txs.size(), i + CHUNK));
            parts.add(pool.submit(() -> part.forEach(t -> t.verifySignature(cache))));
        }
        // the caller's thread takes the first chunk instead of idling
        txs.subList(0, CHUNK).forEach(t -> t.verifySignature(cache));
        for (Future<?> f : parts) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                // a verifier failure only means a cache miss later; the loop re-checks everything
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
