package io.aigcnet.chain.node;

import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;

/**
 * Told when a node drops a pooled transaction because it can no longer execute (its nonce was used, the
 * finalised balance no longer covers it, or the application refuses it now), with the rule's verdict.
 */
@FunctionalInterface
public interface TxDropListener {
    void onDrop(Transaction tx, Verdict why);
}
