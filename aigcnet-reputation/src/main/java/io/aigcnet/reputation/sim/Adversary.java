package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.store.OpinionStore;

/** Forged-opinion injection by attacker identities (client indices after the honest clients). */
public interface Adversary {
    /** Number of attacker identities the store must hold. */
    int identities();

    /** Records this round's forged opinions; {@code firstId} is the store index of identity 0. */
    void act(int round, int firstId, OpinionStore store);

    Adversary NONE = new Adversary() {
        @Override
        public int identities() {
            return 0;
        }

        @Override
        public void act(int round, int firstId, OpinionStore store) {
            // no attack
        }
    };
}
