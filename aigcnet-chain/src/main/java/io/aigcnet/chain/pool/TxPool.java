package io.aigcnet.chain.pool;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import java.util.Iterator;
import java.util.Optional;

/** A bounded pool of admitted transactions, iterated in packing order. */
public interface TxPool {
    /** Adds a transaction that passed admission; may refuse (full, duplicate) or evict another. */
    Verdict add(Transaction tx);

    /** Removes a transaction (included in a block, or found stale); false if absent. */
    boolean remove(Hash id);

    boolean contains(Hash id);

    /** Cheap pre-check before the (expensive) admission rules: false if {@code tx} would be refused for space. */
    boolean hasRoomFor(Transaction tx);

    Optional<Transaction> get(Hash id);

    int size();

    int capacity();

    /** Transactions in packing order: the first S_b go into the next block. */
    Iterator<Transaction> inOrder();

    /** Number of transactions evicted or refused because the pool was full. */
    long overflowCount();

    /** Ordering policies by name (config key {@code pool_ordering}). */
    static TxPool create(String ordering, int capacity) {
        return switch (ordering) {
            case "fee" -> new FeePriorityPool(capacity);
            case "fifo" -> new FifoPool(capacity);
            case "fcfs" -> new FcfsNoFeePool(capacity, FcfsNoFeePool.DEFAULT_MAX_PENDING_PER_SENDER);
            default -> throw new IllegalArgumentException("pool_ordering must be 'fee', 'fifo' or 'fcfs', got '" + ordering + "'");
        };
    }
}
