package io.aigcnet.chain.pool;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/** Arrival-order pool (BlockEmulator's queue). Full: the newcomer is refused (tail drop). */
public final class FifoPool implements TxPool {
    private final int capacity;
    private final LinkedHashMap<Hash, Transaction> byId = new LinkedHashMap<>();
    private long overflow;

    public FifoPool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("pool capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public Verdict add(Transaction tx) {
        if (byId.size() >= capacity) {
            overflow++;
            return Verdict.reject(Reason.POOL_FULL, "pool holds " + capacity + " transactions");
        }
        if (byId.putIfAbsent(tx.id(), tx) != null) {
            return Verdict.reject(Reason.DUPLICATE, "already pooled " + tx.id());
        }
        return Verdict.OK;
    }

    @Override
    public boolean hasRoomFor(Transaction tx) {
        return byId.size() < capacity;
    }

    @Override
    public boolean remove(Hash id) {
        return byId.remove(id) != null;
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
