package io.aigcnet.chain.pool;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

    private final int capacity;
    private final int maxPendingPerSender;
    private final LinkedHashMap<Hash, Transaction> byId = new LinkedHashMap<>();
    private final Map<Address, Integer> pendingBySender = new HashMap<>();
    private long overflow;

    public FcfsNoFeePool(int capacity, int maxPendingPerSender) {
        if (capacity < 1) {
            throw new IllegalArgumentException("pool capacity must be >= 1, got " + capacity);
        }
        if (maxPendingPerSender < 1) {
            throw new IllegalArgumentException("maxPendingPerSender must be >= 1, got " + maxPendingPerSender);
        }
        this.capacity = capacity;
        this.maxPendingPerSender = maxPendingPerSender;
    }

    @Override
    public Verdict add(Transaction tx) {
        if (tx.fee() != 0) {
            return Verdict.reject(Reason.FEE_TOO_LOW, "this chain takes no fees (first come, first served); fee must be 0, got " + tx.fee());
        }
        if (byId.containsKey(tx.id())) {
            return Verdict.reject(Reason.DUPLICATE, "already pooled " + tx.id());
        }
        if (byId.size() >= capacity) {
            overflow++;
            return Verdict.reject(Reason.POOL_FULL, "pool holds " + capacity + " transactions");
        }
        int pending = pendingBySender.getOrDefault(tx.sender(), 0);
        if (pending >= maxPendingPerSender) {
            overflow++;
            return Verdict.reject(Reason.POOL_FULL, "sender already has " + pending + " pending transactions (cap " + maxPendingPerSender + ")");
        }
        byId.put(tx.id(), tx);
        pendingBySender.put(tx.sender(), pending + 1);
        return Verdict.OK;
    }

    @Override
    public boolean hasRoomFor(Transaction tx) {
        return byId.size() < capacity && pendingBySender.getOrDefault(tx.sender(), 0) < maxPendingPerSender;
    }

    @Override
    public boolean remove(Hash id) {
        Transaction tx = byId.remove(id);
        if (tx == null) {
            return false;
        }
        pendingBySender.computeIfPresent(tx.sender(), (a, n) -> n <= 1 ? null : n - 1);
        return true;
    }

    @Override
    public boolean contains(Hash id) {
        return byId.containsKey(id);
    }

    @Override
    public Optional<Transaction> get(Hash id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public Iterator<Transaction> inOrder() {
        return java.util.Collections.unmodifiableCollection(byId.values()).iterator();
    }

    @Override
    public long overflowCount() {
        return overflow;
    }
}
