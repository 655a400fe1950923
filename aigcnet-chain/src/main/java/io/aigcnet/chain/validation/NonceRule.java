package io.aigcnet.chain.validation;

import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;

/**
 * Replay protection with a sliding window: a nonce may be used once, and only if it is above the sender's
 * highest executed nonce minus {@link AccountView#NONCE_WINDOW}. A fee-ordered pool may execute one sender's
 * transactions out of order (a later, richer one first) without invalidating the earlier ones, and gaps
 * left by a bounded pool never block a sender.
 */
public final class NonceRule implements TxRule {
    @Override
    public Verdict check(Transaction tx, AccountView state) {
        return state.nonceUsable(tx.sender(), tx.nonce()) ? Verdict.OK
                : Verdict.reject(Reason.REPLAYED_NONCE, "nonce " + tx.nonce() + " already used or below the replay window of "
                        + tx.sender() + " (last " + state.lastNonce(tx.sender()) + ")");
    }
}
