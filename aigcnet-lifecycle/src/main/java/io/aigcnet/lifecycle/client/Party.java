package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.lifecycle.registry.LifecycleOp;

/**
 * A producer, ESP, buyer or challenger: a key and its next nonce. Each method signs one lifecycle
 * transaction (fee 0: the survey's chain takes none) and advances the nonce.
 */
public final class Party {
    private final String name;
    private final KeyPair keys;
    private final SignatureScheme scheme;
    private long nonce;

    public Party(String name, KeyPair keys, SignatureScheme scheme) {
        this.name = name;
        this.keys = keys;
        this.scheme = scheme;
    }

    public String name() {
        return name;
    }

    public KeyPair keys() {
        return keys;
    }

    public Address address() {
        return keys.address();
    }

    /** Sets the next nonce (a client resuming against a live node). */
    public void nextNonce(long next) {
        this.nonce = next - 1;
    }

    private Transaction sign(Address receiver, long value, LifecycleOp op) {
        return Transaction.sign(TxType.APP, keys, receiver, ++nonce, 0, value, LifecycleOp.encode(op), scheme);
    }

    public Transaction genOpen(Address esp, long price, HashLock lock, Hash cipherRef, Hash promptCommitment) {
        return sign(esp, price, new LifecycleOp.GenOpen(lock, cipherRef, promptCommitment));
    }

    public Transaction genClaim(Hash htlcId, byte[] key) {
        return sign(Address.NONE, 0, new LifecycleOp.GenClaim(htlcId, key));
    }

    public Transaction genRefund(Hash htlcId) {
        return sign(Address.NONE, 0, new LifecycleOp.GenRefund(htlcId));
    }

    public Transaction challenge(Hash original, Hash accused, long deposit) {
        return sign(Address.NONE, deposit, new LifecycleOp.Challenge(original, accused));
    }

    public Transaction tradeOpen(Hash product, Address buyer, long price, HashLock lock) {
        return sign(buyer, 0, new LifecycleOp.TradeOpen(product, price, lock));
    }

    public Transaction tradeFund(Hash tradeId, long price) {
        return sign(Address.NONE, price, new LifecycleOp.TradeFund(tradeId));
    }

    public Transaction tradeClaim(Hash tradeId, byte[] secret) {
        return sign(Address.NONE, 0, new LifecycleOp.TradeClaim(tradeId, secret));
    }

    public Transaction tradeRefund(Hash tradeId) {
        return sign(Address.NONE, 0, new LifecycleOp.TradeRefund(tradeId));
    }

    /** Any transaction at an explicit nonce (replay and forgery tests). */
    public Transaction raw(Address receiver, long nonceValue, long value, LifecycleOp op) {
        return Transaction.sign(TxType.APP, keys, receiver, nonceValue, 0, value, LifecycleOp.encode(op), scheme);
    }

    @Override
    public String toString() {
        return name;
    }
}
