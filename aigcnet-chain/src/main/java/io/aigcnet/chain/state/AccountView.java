package io.aigcnet.chain.state;

import io.aigcnet.chain.crypto.Address;

/** Read access to accounts; unknown accounts have balance 0 and no used nonce above 0. */
public interface AccountView {
    /** Width of the replay window: nonces more than this far below the highest executed one are dead. */
    int NONCE_WINDOW = 64;

    long balance(Address a);

    /** Highest nonce executed by {@code a} (0 if none). */
    long lastNonce(Address a);

    /**
     * True if {@code nonce} has not been executed by {@code a} and lies above the replay window's floor:
     * nonce > last - 64. Nonce 0 is never usable.
     */
    boolean nonceUsable(Address a, long nonce);
}
