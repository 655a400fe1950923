package io.aigcnet.chain.validation;

import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;

/** Spam is not free: every transaction pays at least the minimum fee F_e. */
public final class FeeRule implements TxRule {
    private final long minFee;

    public FeeRule(long minFee) {
        if (minFee < 0) {
            throw new IllegalArgumentException("minFee must be >= 0, got " + minFee);
        }
        this.minFee = minFee;
    }

    @Override
    public Verdict check(Transaction tx, AccountView state) {
        return tx.fee() >= minFee ? Verdict.OK
                : Verdict.reject(Reason.FEE_TOO_LOW, "fee " + tx.fee() + " < minimum " + minFee);
    }
}
