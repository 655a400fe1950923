package io.aigcnet.chain.validation;

import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.Transaction;

/** The sender (= public key) must have signed the transaction id. */
public final class SignatureRule implements TxRule {
    private final SignatureScheme scheme;

    public SignatureRule(SignatureScheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public Verdict check(Transaction tx, AccountView state) {
        return tx.verifySignature(scheme) ? Verdict.OK
                : Verdict.reject(Reason.BAD_SIGNATURE, "signature of " + tx.id() + " does not verify under sender " + tx.sender());
    }
}
