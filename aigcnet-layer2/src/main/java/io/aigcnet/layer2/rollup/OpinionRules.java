package io.aigcnet.layer2.rollup;

import io.aigcnet.layer2.channel.Verdict;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.OpinionUpdate;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
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
