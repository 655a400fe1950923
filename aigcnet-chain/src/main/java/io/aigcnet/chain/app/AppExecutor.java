package io.aigcnet.chain.app;

import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;

/**
 * The application state machine of a chain: one instance per node, holding that node's committed
 * application state. All nodes of a chain must run the same application with the same parameters.
 */
public interface AppExecutor {
    /** A chain without an application: every {@code APP} transaction is malformed. */
    AppExecutor NONE = new AppExecutor() {
        @Override
        public Verdict admit(Transaction tx) {
            return Verdict.reject(Reason.BAD_PAYLOAD, "this chain runs no application");
        }

        @Override
        public AppBlock begin(BlockContext ctx) {
            return new AppBlock() {
                @Override
                public Verdict execute(Transaction tx, io.aigcnet.chain.state.LedgerState ledger) {
                    return Verdict.reject(Reason.BAD_PAYLOAD, "this chain runs no application");
                }

                @Override
                public void commit() {
                }
            };
        }
    };

    /** Stateless check of an {@code APP} transaction on admission: the payload decodes, the envelope fits. */
    Verdict admit(Transaction tx);

    /** Starts executing one block on top of the committed application state. */
    AppBlock begin(BlockContext ctx);
}
