package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.mwsl.MwslParams;

/**
 * The shape of one simulated market: honest clients (with their sensitivities θ_i), MASPs, rounds
 * (one anchor block each), per-round MASP capacity (requests beyond it are rejected in round 1 of
 * the handshake), the fee per service, and whether the first round is a uniformly random pick.
 */
public record MarketSetup(int masps, double[] sensitivity, int rounds, int capacityPerMasp, double fee,
                          MwslParams params, boolean randomFirstRound) {
    public MarketSetup {
        if (masps < 1 || sensitivity.length < 1 || rounds < 1 || capacityPerMasp < 1) {
            throw new IllegalArgumentException("market needs >= 1 MASP, client, round and capacity");
        }
        if ((long) capacityPerMasp * masps < sensitivity.length) {
            throw new IllegalArgumentException("total capacity " + (long) capacityPerMasp * masps + " cannot serve " + sensitivity.length + " clients");
        }
        sensitivity = sensitivity.clone();
    }

    public int clients() {
        return sensitivity.length;
    }

    @Override
    public double[] sensitivity() {
        return sensitivity.clone();
    }
}
