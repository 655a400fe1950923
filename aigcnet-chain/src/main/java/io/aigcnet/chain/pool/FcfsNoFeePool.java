package io.aigcnet.chain.pool;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The survey's pool: first come, first served, no fees. A transaction that offers a fee is refused (fees
 * would buy priority, which FCFS rules out), and each sender may hold at most {@code maxPendingPerSender}
 * transactions in the pool: without fees this cap is what makes a flood from one key cheap to absorb.
 */
public final class FcfsNoFeePool implements TxPool {
    /** The default cap of pending transactions per sender. */
    public static final int DEFAULT_MAX_PENDING_PER_SENDER = 64;

    /** Arrival order, capacity and duplicates are the plain FIFO pool's; this class adds the fee and sender rules. */
    private final FifoPool arrivals;
    private final int maxPendingPerSender;
    private final Map<Address, Integer> pendingBySender = new HashMap<>();
    private long senderOverflow;

    public FcfsNoFeePool(int capacity, int maxPendingPerSender) {
        this.arrivals = new FifoPool(capacity);
        if (maxPendingPerSender < 1) {
            throw new IllegalArgumentException("maxPendingPerSender must be >= 1, got " + maxPendingPerSender);
        }
        this.maxPendingPerSender = maxPendingPerSender;
    }

    @Override
    public Verdict add(Transaction tx) {
        if (tx.fee() != 0) {
            return Verdict.reject(Reason.FEE_TOO_LOW, "this chain takes no fees (first come, first served); fee must be 0, got " + tx.fee());
        }
        if (arrivals.contains(tx.id())) {
            return Verdict.reject(Reason.DUPLICATE, "already pooled " + tx.id());
        }
        int pending = pendingBySender.getOrDefault(tx.sender(), 0);
        if (pending >= maxPendingPerSender && arrivals.hasRoomFor(tx)) {
            senderOverflow++;
            return Verdict.reject(Reason.POOL_FULL, "sender already has " + pending + " pending transactions (cap " + maxPendingPerSender + ")");
        }
        Verdict v = arrivals.add(tx);
        if (v.ok()) pendingBySender.put(tx.sender(), pending + 1);
        return v;
    }

    @Override
    public boolean hasRoomFor(Transaction tx) {
        return arrivals.hasRoomFor(tx) && pendingBySender.getOrDefault(tx.sender(), 0) < maxPendingPerSender;
    }

    @Override
    public boolean remove(Hash id) {
        Optional<Transaction> tx = arrivals.get(id);
        if (tx.isEmpty()) {
            return false;
        }
        arrivals.remove(id);
        pendingBySender.computeIfPresent(tx.get().sender(), (a, n) -> n <= 1 ? null : n - 1);
        return true;
    }

    @Override
    public boolean contains(Hash id) {
        return arrivals.contains(id);
    }

    @Override
    public Optional<Transaction> get(Hash id) {
        return arrivals.get(id);
    }

    @Override
    public int size() {
        return arrivals.size();
    }

    @Override
    public int capacity() {
        return arrivals.capacity();
    }

    @Override
    public Iterator<Transaction> inOrder() {
        return arrivals.inOrder();
    }

    @Override
    public long overflowCount() {
        return arrivals.overflowCount() + senderOverflow;
    }
}
