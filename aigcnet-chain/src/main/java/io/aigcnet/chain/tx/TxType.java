package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.DecodeException;

/** Transaction kinds; the code is the first byte of the encoding. */
public enum TxType {
    TRANSFER(0),
    OPINION_UPDATE(1),
    REPUTATION_ROLLUP(2),
    TRANSFER_CHANNEL(3),
    /** An application transaction, executed by the chain's {@link io.aigcnet.chain.app.AppExecutor}. */
    APP(4);

    private final int code;

    TxType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TxType ofCode(int code) throws DecodeException {
        for (TxType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new DecodeException("tx.type", "unknown type code " + code + " (allowed 0..4)");
    }
}
