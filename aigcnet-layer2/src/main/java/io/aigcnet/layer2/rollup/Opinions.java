package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.OpinionUpdate;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.reputation.mwsl.Opinion;
import io.aigcnet.reputation.mwsl.SubjectiveLogic;

/** Builds a client's signed Opinion_Update (Algorithm 1: sender = client, receiver = MASP, payload = o_i). */
public final class Opinions {
    private Opinions() {
    }

    /**
     * The client's local opinion after {@code positive} satisfying and {@code negative} flawed outputs
     * (eq. (7), via aigcnet-reputation), in parts per million with c absorbing the rounding so that
     * s + u + c = 10^6 exactly.
     */
    public static Transaction signed(KeyPair client, Address masp, long nonce, long positive, long negative, long fee,
                                     Hash serviceRef, SignatureScheme scheme) {
        Opinion o = SubjectiveLogic.localOpinion(positive, negative);
        int s = (int) Math.round(o.s() * OpinionUpdate.PPM);
        int u = (int) Math.round(o.u() * OpinionUpdate.PPM);
        int c = OpinionUpdate.PPM - s - u;
        OpinionUpdate payload = new OpinionUpdate(serviceRef, s, c, u, positive, negative, fee);
        return Transaction.sign(TxType.OPINION_UPDATE, client, masp, nonce, 0, 0, payload.encode(), scheme);
    }
}
