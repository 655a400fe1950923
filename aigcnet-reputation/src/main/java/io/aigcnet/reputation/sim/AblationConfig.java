package io.aigcnet.reputation.sim;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;

/**
 * The attacks of ProSecutor Fig. 8-B on the level-2 MASP (models documented in docs/decisions.md):
 * flooding (many Sybil identities, one cheap positive opinion each per round), long range (a few
 * identities sending high-fee forged positive opinions until round {@code longRangeLastRound}), and
 * dusting (a burst of identities claiming many positive judgments per round in a short window). The
 * honest market is the Fig. 8-A explicit one with one MASP per level and its own level FIDs
 * ({@code levelFid}: a middling level 2, so that an attack has room to lift it).
 */
public record AblationConfig(
        int rounds, int clientsPerType, double sensitivity, double[] levelFid,
        int floodingIdentities, double floodingFee,
        int longRangeIdentities, int longRangeEvery, int longRangeLastRound, int longRangeJudgments, double longRangeFee,
        int dustingIdentities, int dustingStart, int dustingEnd, int dustingJudgments, double dustingFee)
        implements Validated {

    public static AblationConfig defaults() {
        return new AblationConfig(200, 5, 0.1, new double[] {12, 30, 38, 46}, 40, 0.01, 2, 5, 30, 5, 1000.0, 60, 60, 70, 20, 5.0);
    }

    public static AblationConfig quick() {
        return new AblationConfig(120, 5, 0.1, new double[] {12, 30, 38, 46}, 40, 0.01, 2, 5, 30, 5, 1000.0, 60, 50, 60, 20, 5.0);
    }

    @Override
    public void validate() {
        Checks.range("rounds", rounds, 2, 1_000_000);
        Checks.range("clients_per_type", clientsPerType, 1, 10_000);
        Checks.range("sensitivity", sensitivity, 0, 1);
        if (levelFid == null || levelFid.length != 4) {
            throw io.aigcnet.core.config.ConfigException.field("level_fid", "must be a list of 4 numbers (mean FID of levels 1..4)");
        }
        Checks.range("flooding_identities", floodingIdentities, 0, 1_000_000);
        Checks.range("flooding_fee", floodingFee, 0, 1e9);
        Checks.range("long_range_identities", longRangeIdentities, 1, 1_000_000);
        Checks.range("long_range_every", longRangeEvery, 1, 1_000_000);
        Checks.range("long_range_last_round", longRangeLastRound, 0, rounds - 1L);
        Checks.range("long_range_judgments", longRangeJudgments, 1, 1_000_000);
        Checks.range("long_range_fee", longRangeFee, 0, 1e12);
        Checks.range("dusting_identities", dustingIdentities, 0, 1_000_000);
        Checks.range("dusting_start", dustingStart, 0, rounds - 1L);
        Checks.range("dusting_end", dustingEnd, dustingStart, rounds - 1L);
        Checks.range("dusting_judgments", dustingJudgments, 1, 1_000_000);
        Checks.range("dusting_fee", dustingFee, 0, 1e12);
    }
}
