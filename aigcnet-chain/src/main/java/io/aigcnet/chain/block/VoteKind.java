package io.aigcnet.chain.block;

import io.aigcnet.chain.codec.DecodeException;

/** The three signed consensus statements. */
public enum VoteKind {
    PROPOSAL, PREVOTE, PRECOMMIT;

    public static VoteKind ofCode(int code) throws DecodeException {
        if (code < 0 || code >= values().length) {
            throw new DecodeException("vote.kind", "must be 0 (proposal), 1 (prevote) or 2 (precommit), got " + code);
        }
        return values()[code];
    }
}
