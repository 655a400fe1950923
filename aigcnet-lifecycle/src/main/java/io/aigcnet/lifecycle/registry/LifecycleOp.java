package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;

/**
 * The payload of a lifecycle transaction (an {@code APP} transaction of the anchor chain). The envelope
 * carries the rest: the sender, the counterparty as receiver, and escrowed funds as value.
 */
public sealed interface LifecycleOp {
    /** Producer to ESP, value = price f (escrowed): the generation-phase HTLC on the ESP's sealed content. */
    record GenOpen(HashLock lock, Hash cipherRef, Hash promptCommitment) implements LifecycleOp {
    }

    /** ESP reveals the content key k; the validators open the sealed content and register the product. */
    record GenClaim(Hash htlcId, byte[] key) implements LifecycleOp {
    }

    /** Producer takes the price back after the time lock. */
    record GenRefund(Hash htlcId) implements LifecycleOp {
    }

    /** Owner of {@code originalId} accuses {@code accusedId}; value = the pledge deposit. */
    record Challenge(Hash originalId, Hash accusedId) implements LifecycleOp {
    }

    /** Owner offers a product to the receiver (buyer) at {@code price}, locked to the seller's secret. */
    record TradeOpen(Hash productId, long price, HashLock lock) implements LifecycleOp {
    }

    /** Buyer escrows the price; value = price. */
    record TradeFund(Hash tradeId) implements LifecycleOp {
    }

    /** Seller reveals the secret: payment and ownership move in this one transaction. */
    record TradeClaim(Hash tradeId, byte[] secret) implements LifecycleOp {
    }

    /** Either party unwinds a trade after its time lock. */
    record TradeRefund(Hash tradeId) implements LifecycleOp {
    }

    static byte[] encode(LifecycleOp op) {
        ByteWriter w = new ByteWriter(128);
        // Java 17: no pattern switch; one branch per operation
        if (op instanceof GenOpen o) {
            w.u8(1).write(o.lock()).hash(o.cipherRef()).hash(o.promptCommitment());
        } else if (op instanceof GenClaim o) {
            w.u8(2).hash(o.htlcId()).raw(o.key());
        } else if (op instanceof GenRefund o) {
            w.u8(3).hash(o.htlcId());
        } else if (op instanceof Challenge o) {
            w.u8(4).hash(o.originalId()).hash(o.accusedId());
        } else if (op instanceof TradeOpen o) {
            w.u8(5).hash(o.productId()).i64(o.price()).write(o.lock());
        } else if (op instanceof TradeFund o) {
            w.u8(6).hash(o.tradeId());
        } else if (op instanceof TradeClaim o) {
            w.u8(7).hash(o.tradeId()).raw(o.secret());
        } else if (op instanceof TradeRefund o) {
            w.u8(8).hash(o.tradeId());
        }
        return w.toByteArray();
    }

    /** Decodes a payload; every malformed input is a {@link DecodeException} naming the field. */
    static LifecycleOp decode(byte[] payload) throws DecodeException {
        ByteReader in = new ByteReader(payload);
        int code = in.u8("aigc.op");
        LifecycleOp op = switch (code) {
            case 1 -> new GenOpen(HashLock.decode(in), in.hash("aigc.cipherRef"), in.hash("aigc.promptCommitment"));
            case 2 -> new GenClaim(in.hash("aigc.htlcId"), in.raw("aigc.key", HashLock.PREIMAGE_SIZE));
            case 3 -> new GenRefund(in.hash("aigc.htlcId"));
            case 4 -> new Challenge(in.hash("aigc.originalId"), in.hash("aigc.accusedId"));
            case 5 -> {
                Hash product = in.hash("aigc.productId");
                long price = in.u63("aigc.price");
                yield new TradeOpen(product, price, HashLock.decode(in));
            }
            case 6 -> new TradeFund(in.hash("aigc.tradeId"));
            case 7 -> new TradeClaim(in.hash("aigc.tradeId"), in.raw("aigc.secret", HashLock.PREIMAGE_SIZE));
            case 8 -> new TradeRefund(in.hash("aigc.tradeId"));
            default -> throw new DecodeException("aigc.op", "unknown lifecycle operation " + code + " (allowed 1..8)");
        };
        in.expectEnd();
        return op;
    }
}
