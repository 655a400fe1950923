package io.aigcnet.layer2.service;

import java.util.Locale;

/**
 * Which payment contract {μ_s, F_s} a client offers at the handshake of each service round, and what the
 * round then paid. The service round stays ignorant of how contracts are designed: a fixed contract, the
 * exact optimum of ProSecutor eq. (16), or a trained policy (aigcnet-mechanism) plug in here.
 */
public interface RoundPricing {
    /** What a round's contract is chosen on, all known at the handshake. */
    record Terms(int client, int masp, long roundOfPair, double difficulty, int masps, double blockIntervalS) {
    }

    /** The contract for this round; it is written into the signed handshake request. */
    ServiceContract offer(Terms terms);

    /**
     * Told once the round has paid: eq. (13) with the OS²A measured in this round (the realised quality),
     * which may differ from what the contract anticipated.
     */
    default void settled(Terms terms, ServiceContract contract, double measuredOs2a, long fee) {
    }

    /** For reports: which contract policy this is. */
    String describe();

    /** The same contract in every round. */
    static RoundPricing fixed(ServiceContract contract) {
        return new RoundPricing() {
            @Override
            public ServiceContract offer(Terms terms) {
                return contract;
            }

            @Override
            public String describe() {
                return String.format(Locale.ROOT, "fixed contract F_s(D) = %.2f·D, mu_s = %.2f", contract.basicFee(1), contract.bonusRate());
            }
        };
    }
}
