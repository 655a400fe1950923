package io.aigcnet.chain.app;

import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;

/**
 * The application's scratch state for one block being built, checked or replayed. Discarded unless
 * {@link #commit()} is called, so a rejected block leaves the application state untouched.
 */
public interface AppBlock {
    /**
     * Checks an {@code APP} transaction against the scratch state and, if it is valid, applies it. The node
     * has already checked nonce and balance, and debits {@code tx.value()} from the sender after this call
     * (the value is escrowed by the application). Payouts go through {@code ledger.credit}. On a rejection
     * nothing may have changed, neither here nor in {@code ledger}.
     */
    Verdict execute(Transaction tx, LedgerState ledger);

    /** Makes the scratch the committed application state (the block was finalised). */
    void commit();
}
