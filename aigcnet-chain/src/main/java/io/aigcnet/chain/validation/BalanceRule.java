package io.aigcnet.chain.validation;

import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;

/** The sender must afford value + fee (exact long arithmetic, overflow is a rejection). */
public final class BalanceRule implements TxRule {
    @Override
    public Verdict check(Transaction tx, AccountView state) {
        long cost;
        try {
            cost = Math.addExact(tx.value(), tx.fee());
        } catch (ArithmeticException e) {
            return Verdict.reject(Reason.INSUFFICIENT_BALANCE, "value + fee overflows");
        }
        long balance = state.balance(tx.sender());
        return balance >= cost ? Verdict.OK
                : Verdict.reject(Reason.INSUFFICIENT_BALANCE, "balance " + balance + " < value + fee " + cost);
    }
}
