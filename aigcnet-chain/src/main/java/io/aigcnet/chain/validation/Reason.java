package io.aigcnet.chain.validation;

/** Why a transaction (or block) was rejected. */
public enum Reason {
    OK,
    BAD_SIGNATURE,
    MALFORMED,
    BAD_PAYLOAD,
    FEE_TOO_LOW,
    REPLAYED_NONCE,
    INSUFFICIENT_BALANCE,
    POOL_FULL,
    DUPLICATE,
    BAD_BLOCK,
    /** The chain's application refused the transaction (its detail says which rule). */
    APP_REJECTED
}
