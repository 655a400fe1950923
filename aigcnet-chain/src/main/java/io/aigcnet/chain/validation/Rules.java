package io.aigcnet.chain.validation;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.crypto.SignatureScheme;

/** The standard rule sets of a node. */
public final class Rules {
    private Rules() {
    }

    /**
     * Checked once when a transaction enters a node (signature last: it is the expensive one). A transaction
     * the sender cannot cover from its finalised balance is refused here with the reason, rather than left
     * in the pool where it could never execute.
     */
    public static TxRule admission(SignatureScheme scheme, long minFee) {
        return admission(scheme, minFee, AppExecutor.NONE);
    }

    /** As {@link #admission(SignatureScheme, long)}, with {@code app} judging application payloads. */
    public static TxRule admission(SignatureScheme scheme, long minFee, AppExecutor app) {
        return TxRule.all(new FeeRule(minFee), new PayloadRule(app), new NonceRule(), new BalanceRule(), new SignatureRule(scheme));
    }

    /** Checked against the evolving state while a block is built or executed. */
    public static TxRule execution() {
        return TxRule.all(new NonceRule(), new BalanceRule());
    }
}
