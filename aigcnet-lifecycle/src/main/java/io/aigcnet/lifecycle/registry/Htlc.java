package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;

/**
 * A hash-time-locked contract of either phase. The payee holds the secret: the ESP (generation, the
 * content key) or the seller (trade). Generation: OPEN -> CLAIMED | REFUNDED. Trade: OPEN -> FUNDED ->
 * CLAIMED; OPEN | FUNDED -> REFUNDED | ABORTED (the product was removed by a challenge).
 *
 * @param id the opening transaction's id
 * @param productId the product traded (trade), or the product the claim creates (generation)
 * @param cipherRef the sealed content (generation only; {@code Hash.ZERO} for trades)
 */
public record Htlc(Hash id, Kind kind, Address payer, Address payee, long amount, HashLock lock, Hash productId,
        Hash cipherRef, Hash promptCommitment, long openHeight, int openIndex, State state) {
    public enum Kind { GENERATION, TRADE }

    public enum State { OPEN, FUNDED, CLAIMED, REFUNDED, ABORTED }

    public boolean terminal() {
        return state == State.CLAIMED || state == State.REFUNDED || state == State.ABORTED;
    }

    Htlc with(State s) {
        return new Htlc(id, kind, payer, payee, amount, lock, productId, cipherRef, promptCommitment, openHeight, openIndex, s);
    }
}
