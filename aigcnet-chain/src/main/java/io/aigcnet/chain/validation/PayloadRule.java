package io.aigcnet.chain.validation;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.state.AccountView;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.OpinionUpdate;
import io.aigcnet.chain.tx.RollupBlock;
import io.aigcnet.chain.tx.Transaction;

/**
 * The payload must decode as the type's payload record, and the envelope must fit the type: transfers
 * carry no payload and a real receiver; roll-ups have no receiver (the paper's {@code receiver = null})
 * and no value, and carry a bare roll-up block or an RCO's {@link RollupPayload} (full, compact or
 * poison); opinion updates move no value; a channel establish locks exactly its deposit as value.
 */
public final class PayloadRule implements TxRule {
    private final AppExecutor app;

    public PayloadRule() {
        this(AppExecutor.NONE);
    }

    /** @param app judges the payloads of {@code APP} transactions */
    public PayloadRule(AppExecutor app) {
        this.app = app;
    }

    @Override
    public Verdict check(Transaction tx, AccountView state) {
        try {
            ByteReader in = new ByteReader(tx.payload());
            switch (tx.type()) {
                case TRANSFER -> {
                    if (tx.payloadSize() != 0 || tx.receiver().equals(Address.NONE)) {
                        return bad(tx, "a transfer has an empty payload and a receiver");
                    }
                    return Verdict.OK;
                }
                case OPINION_UPDATE -> {
                    OpinionUpdate.decode(in);
                    if (tx.value() != 0 || tx.receiver().equals(Address.NONE)) {
                        return bad(tx, "an opinion update names its MASP as receiver and moves no value");
                    }
                }
                case REPUTATION_ROLLUP -> {
                    if (tx.value() != 0 || !tx.receiver().equals(Address.NONE)) {
                        return bad(tx, "a roll-up has no receiver and moves no value");
                    }
                    // the RCOs' layer-2 form (kind byte + full/compact block or poison claim) is what they
                    // anchor; a bare roll-up block is the paper's Fig. 2 form
                    if (isRcoPayload(tx)) {
                        return Verdict.OK;
                    }
                    RollupBlock.decode(in);
                }
                case TRANSFER_CHANNEL -> {
                    ChannelOp op = ChannelOp.decode(in);
                    if (op.op() == ChannelOp.Op.ESTABLISH && op.amount() != tx.value()) {
                        return bad(tx, "a channel establish locks value = deposit (" + tx.value() + " != " + op.amount() + ")");
                    }
                }
                case APP -> {
                    return app.admit(tx);
                }
                default -> throw new IllegalStateException("unreachable");
            }
            in.expectEnd();
            return Verdict.OK;
        } catch (DecodeException e) {
            return Verdict.reject(Reason.BAD_PAYLOAD, tx.type() + " payload: " + e.getMessage());
        }
    }

    private static boolean isRcoPayload(Transaction tx) {
        try {
            RollupPayload.decode(tx.payload());
            return true;
        } catch (DecodeException e) {
            return false;
        }
    }

    private static Verdict bad(Transaction tx, String why) {
        return Verdict.reject(Reason.BAD_PAYLOAD, tx.type() + ": " + why);
    }
}
