package io.aigcnet.chain.validation;

import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;

/** One validation rule. {@code state} may be ignored by stateless rules. */
@FunctionalInterface
public interface TxRule {
    Verdict check(Transaction tx, AccountView state);

    /** Runs rules in order and returns the first rejection. */
    static TxRule all(TxRule... rules) {
        return (tx, state) -> {
            for (TxRule r : rules) {
                Verdict v = r.check(tx, state);
                if (!v.ok()) {
                    return v;
                }
            }
            return Verdict.OK;
        };
    }
}
