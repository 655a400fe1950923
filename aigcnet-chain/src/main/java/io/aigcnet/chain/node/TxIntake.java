package io.aigcnet.chain.node;

import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.chain.pool.TxPool;
import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Admission of transactions into a node's pool, and the forwarding that keeps super nodes' pools in
 * sync: what a node admits from a client goes to every super node in the next batch; what arrives in a
 * peer's batch is admitted but not forwarded again.
 */
final class TxIntake {
    private final TxPool pool;
    private final TxRule admission;
    private final List<Transaction> outbox = new ArrayList<>();
    private final int clientLimit;
    private final int clientShare;
    private final java.util.Set<io.aigcnet.chain.crypto.Hash> ownPending = new java.util.HashSet<>();
    private long admitted;
    private long rejected;

    /**
     * @param clientLimit pool size up to which clients are served (the pool's capacity: no separate limit)
     * @param superNodes how many super nodes take client transactions: with a separate limit, this node keeps at
     *     most its share, {@code clientLimit / superNodes}, of its own clients' transactions pending, so that all
     *     nodes' clients together never hold more than {@code clientLimit} of any pool, even when every node admits
     *     at once right after a block frees the pools
     */
    TxIntake(TxPool pool, TxRule admission, int clientLimit, int superNodes) {
        this.pool = pool;
        this.admission = admission;
        this.clientLimit = clientLimit;
        this.clientShare = Math.max(1, clientLimit / Math.max(1, superNodes));
    }

    /** Whether clients are limited below the pool's capacity (live nodes). */
    private boolean limited() {
        return clientLimit < pool.capacity();
    }

    /** How many more client transactions this node admits now ({@code Integer.MAX_VALUE} when not limited). */
    int clientRoom() {
        if (!limited()) {
            return Integer.MAX_VALUE;
        }
        if (ownPending.size() >= clientShare) {
            ownPending.removeIf(id -> !pool.contains(id)); // finalised or dropped since
        }
        return Math.max(0, Math.min(clientShare - ownPending.size(), clientLimit - pool.size()));
    }

    /** From a client: admitted transactions are queued for forwarding. */
    Verdict submit(Transaction tx, AccountView state) {
        if (limited() && !pool.contains(tx.id()) && clientRoom() == 0) {
            // the rest of the pool is kept for transactions peers forward (see NodeOptions.clientWatermark)
            rejected++;
            return Verdict.reject(Reason.POOL_FULL, "this node's clients hold their share of the pool (" + clientShare
                    + " of a client limit of " + clientLimit + ", capacity " + pool.capacity() + ")");
        }
        Verdict v = admit(tx, state);
        if (v.ok()) {
            outbox.add(tx);
            if (limited()) {
                ownPending.add(tx.id());
            }
        }
        return v;
    }

    /** From a peer's batch (already forwarded once). */
    Verdict admit(Transaction tx, AccountView state) {
        if (pool.contains(tx.id())) {
            return Verdict.reject(Reason.DUPLICATE, "already pooled " + tx.id());
        }
        if (!pool.hasRoomFor(tx)) {
            // refuse before paying for the signature check
            rejected++;
            return pool.add(tx);
        }
        Verdict v = admission.check(tx, state);
        if (v.ok()) {
            v = pool.add(tx);
        }
        if (v.ok()) {
            admitted++;
        } else {
            rejected++;
        }
        return v;
    }

    /** Sends the queued client transactions to the super nodes in batches. */
    void flush(Network<ChainMessage> net, List<NodeId> superPeers) {
        for (int i = 0; i < outbox.size(); i += ChainMessage.MAX_BATCH) {
            ChainMessage.TxBatch batch = new ChainMessage.TxBatch(outbox.subList(i, Math.min(outbox.size(), i + ChainMessage.MAX_BATCH)));
            for (NodeId p : superPeers) {
                net.send(p, batch);
            }
        }
        outbox.clear();
    }

    long admitted() {
        return admitted;
    }

    long rejected() {
        return rejected;
    }
}
