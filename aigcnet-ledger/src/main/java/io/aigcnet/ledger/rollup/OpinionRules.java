package io.aigcnet.ledger.rollup;

import io.aigcnet.ledger.channel.Verdict;
import io.aigcnet.ledger.codec.ByteReader;
import io.aigcnet.ledger.codec.DecodeException;
import io.aigcnet.ledger.crypto.Address;
import io.aigcnet.ledger.crypto.SignatureScheme;
import io.aigcnet.ledger.tx.OpinionUpdate;
import io.aigcnet.ledger.tx.Transaction;
import io.aigcnet.ledger.tx.TxType;
import java.util.Set;

/** Stateless admission checks of an Opinion_Update at an RCO: type, signature, receiver, payload. */
public final class OpinionRules {
    private OpinionRules() {
    }

    public static Verdict check(Transaction tx, Set<Address> masps, SignatureScheme scheme) {
        if (tx.type() != TxType.OPINION_UPDATE) {
            return Verdict.invalid("not an Opinion_Update but " + tx.type());
        }
        if (!masps.contains(tx.receiver())) {
            return Verdict.invalid("receiver " + tx.receiver() + " is not a MASP of this roll-up lane");
        }
        if (!tx.verifySignature(scheme)) {
            return Verdict.invalid("opinion " + tx.id() + " has a forged or broken client signature");
        }
        try {
            payload(tx);
        } catch (DecodeException e) {
            return Verdict.invalid("opinion payload malformed: " + e.getMessage());
        }
        return Verdict.OK;
    }

    static OpinionUpdate payload(Transaction tx) throws DecodeException {
        ByteReader in = new ByteReader(tx.payload());
        OpinionUpdate o = OpinionUpdate.decode(in);
        in.expectEnd();
        return o;
    }
}
