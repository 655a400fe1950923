package io.aigcnet.chain.pool;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * ProSecutor's preemptive priority queue: highest fee first, FIFO (arrival serial) among equal fees.
 * Full: a newcomer paying strictly more than the cheapest entry evicts the cheapest entry that arrived
 * last; otherwise the newcomer is refused. So an equal fee never displaces an older transaction.
 */
public final class FeePriorityPool implements TxPool {
    private record Entry(Transaction tx, long serial) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparingLong((Entry e) -> e.tx.fee()).reversed()
            .thenComparingLong(Entry::serial);

    private final int capacity;
    private final TreeSet<Entry> queue = new TreeSet<>(ORDER);
    private final Map<Hash, Entry> byId = new HashMap<>();
    private long serial;
    private long overflow;

    public FeePriorityPool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("pool capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public Verdict add(Transaction tx) {
        if (byId.containsKey(tx.id())) {
            return Verdict.reject(Reason.DUPLICATE, "already pooled " + tx.id());
        }
        if (byId.size() >= capacity) {
            overflow++;
            Entry cheapest = queue.last();
            if (tx.fee() <= cheapest.tx.fee()) {
                return Verdict.reject(Reason.POOL_FULL, "pool full and fee " + tx.fee() + " <= cheapest " + cheapest.tx.fee());
            }
            queue.pollLast();
            byId.remove(cheapest.tx.id());
        }
        Entry e = new Entry(tx, serial++);
        queue.add(e);
        byId.put(tx.id(), e);
        return Verdict.OK;
    }

    @Override
    public boolean hasRoomFor(Transaction tx) {
        return byId.size() < capacity || tx.fee() > queue.last().tx.fee();
    }

    @Override
    public boolean remove(Hash id) {
        Entry e = byId.remove(id);
        if (e == null) {
            return false;
        }
        queue.remove(e);
        return true;
    }

    @Override
    public boolean contains(Hash id) {
        return byId.containsKey(id);
    }

    @Override
    public Optional<Transaction> get(Hash id) {
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.tx);
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
        Iterator<Entry> it = queue.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Transaction next() {
                return it.next().tx;
            }
        };
    }

    @Override
    public long overflowCount() {
        return overflow;
    }
}
