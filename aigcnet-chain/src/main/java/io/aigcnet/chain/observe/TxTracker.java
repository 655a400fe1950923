package io.aigcnet.chain.observe;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fate of the transactions clients submitted to this node: when each arrived, and, when it was refused at
 * admission or dropped from the pool later, the rule's verdict. Bounded: the oldest entries go first. Used only
 * on the node's event loop.
 */
public final class TxTracker {
    /**
     * What this node remembers of one submitted transaction; {@code verdict} is null while it may still execute.
     * The transaction itself is kept only once it was refused or dropped (null otherwise): while it is pooled or
     * finalised the pool or the store has it, and a bench's stream of admitted transactions must not fill the heap.
     */
    public record Entry(Transaction tx, long seenNanos, Verdict verdict, boolean droppedFromPool) {
    }

    private final int capacity;
    private final Map<Hash, Entry> entries;

    public TxTracker(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash, Entry> eldest) {
                return size() > TxTracker.this.capacity;
            }
        };
    }

    /** A client submission and the admission verdict. A refused duplicate does not overwrite the first record. */
    public void submitted(Transaction tx, Verdict admission, long nanos) {
        Entry old = entries.get(tx.id());
        if (old != null && !admission.ok()) {
            return;
        }
        entries.put(tx.id(), admission.ok() ? new Entry(null, nanos, null, false) : new Entry(tx, nanos, admission, false));
    }

    /** The node dropped a pooled transaction that can no longer execute. */
    public void dropped(Transaction tx, Verdict why, long nanos) {
        Entry old = entries.get(tx.id());
        entries.put(tx.id(), new Entry(tx, old == null ? nanos : old.seenNanos(), why, true));
    }

    public Optional<Entry> get(Hash id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }
}
