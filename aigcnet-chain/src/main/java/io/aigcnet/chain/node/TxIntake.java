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
    private long admitted;
    private long rejected;

    TxIntake(TxPool pool, TxRule admission, int clientLimit) {
        this.pool = pool;
        this.admission = admission;
        this.clientLimit = clientLimit;
    }

    /** From a client: admitted transactions are queued for forwarding. */
    Verdict submit(Transaction tx, AccountView state) {
        if (clientLimit < pool.capacity() && pool.size() >= clientLimit && !pool.contains(tx.id())) {
            // the rest of the pool is kept for transactions peers forward (see NodeOptions.clientWatermark)
            rejected++;
            return Verdict.reject(Reason.POOL_FULL, "pool at its client limit " + clientLimit + " of " + pool.capacity());
        }
        Verdict v = admit(tx, state);
        if (v.ok()) {
            outbox.add(tx);
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
