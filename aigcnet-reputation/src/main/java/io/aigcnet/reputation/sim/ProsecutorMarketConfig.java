package io.aigcnet.reputation.sim;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;

/**
 * The market of ProSecutor Fig. 8 (models documented in docs/decisions.md). Four MASP capability
 * levels (level 1 best) whose output FID is normal around {@code levelFid}; four client types that
 * accept an output when its FID is below their threshold (rising strictness); the implicit clients
 * fuse a private subset of seven quality metrics instead.
 */
public record ProsecutorMarketConfig(
        int rounds, int degradeRound, int maspsPerLevel, int clientsPerType,
        double[] levelFid, double fidSd, double degradeFidIncrease, double[] typeFidThreshold, double[] typeSensitivity,
        double capacityFactor, double fee,
        double blockIntervalS, double freshnessBase, double uncertaintyWeight, double[] factorWeights,
        double[] implicitLevelQuality, double implicitNoise, double implicitMaspSpread, double[] implicitTypeThreshold)
        implements Validated {

    public static ProsecutorMarketConfig defaults() {
        return new ProsecutorMarketConfig(240, 120, 2, 10,
                new double[] {12, 22, 32, 42}, 6, 25, new double[] {45, 37, 30, 24}, new double[] {0.2, 0.3, 0.4, 0.5},
                1.25, 1.0, 5.0, 0.998, 0.5, new double[] {1.0, 1.0, 0.1},
                new double[] {0.8, 0.65, 0.5, 0.35}, 0.1, 0.08, new double[] {0.45, 0.52, 0.58, 0.65});
    }

    public static ProsecutorMarketConfig quick() {
        ProsecutorMarketConfig d = defaults();
        return new ProsecutorMarketConfig(170, d.degradeRound, 2, 6, d.levelFid, d.fidSd, d.degradeFidIncrease,
                d.typeFidThreshold, d.typeSensitivity, d.capacityFactor, d.fee, d.blockIntervalS, d.freshnessBase,
                d.uncertaintyWeight, d.factorWeights, d.implicitLevelQuality, d.implicitNoise, d.implicitMaspSpread,
                d.implicitTypeThreshold);
    }

    @Override
    public void validate() {
        Checks.range("rounds", rounds, 2, 1_000_000);
        Checks.range("degrade_round", degradeRound, 1, rounds - 1L);
        Checks.range("masps_per_level", maspsPerLevel, 1, 1000);
        Checks.range("clients_per_type", clientsPerType, 1, 10_000);
        four("level_fid", levelFid);
        four("type_fid_threshold", typeFidThreshold);
        four("type_sensitivity", typeSensitivity);
        four("implicit_level_quality", implicitLevelQuality);
        four("implicit_type_threshold", implicitTypeThreshold);
        for (int i = 0; i < 4; i++) {
            Checks.range("type_sensitivity[" + i + "]", typeSensitivity[i], 0, 1);
        }
        Checks.positive("fid_sd", fidSd);
        Checks.range("degrade_fid_increase", degradeFidIncrease, 0, 1e6);
        Checks.range("capacity_factor", capacityFactor, 1, 100);
        MwslConfigChecks.check(fee, blockIntervalS, freshnessBase, uncertaintyWeight, factorWeights);
        Checks.range("implicit_noise", implicitNoise, 0, 10);
        Checks.range("implicit_masp_spread", implicitMaspSpread, 0, 1);
    }

    private static void four(String field, double[] v) {
        if (v == null || v.length != 4) {
            throw ConfigException.field(field, "must be a list of 4 numbers (one per level or client type)");
        }
        for (int i = 0; i < 4; i++) {
            Checks.finite(field + "[" + i + "]", v[i]);
        }
    }

    public MwslParams params() {
        return new MwslParams(blockIntervalS, freshnessBase, uncertaintyWeight, FactorWeights.of(factorWeights));
    }

    public int masps() {
        return 4 * maspsPerLevel;
    }

    public int clients() {
        return 4 * clientsPerType;
    }

    /** Capability level (0 = level 1, the best) of MASP {@code m}. */
    public int levelOf(int masp) {
        return masp / maspsPerLevel;
    }

    /** Client type (0 = least strict) of client {@code c}. */
    public int typeOf(int client) {
        return client / clientsPerType;
    }

    public int[] maspsOfLevel(int level) {
        int[] out = new int[maspsPerLevel];
        for (int i = 0; i < maspsPerLevel; i++) {
            out[i] = level * maspsPerLevel + i;
        }
        return out;
    }

    public double[] sensitivities() {
        double[] s = new double[clients()];
        for (int c = 0; c < s.length; c++) {
            s[c] = typeSensitivity[typeOf(c)];
        }
        return s;
    }

    public int capacity() {
        return (int) Math.ceil(capacityFactor * clients() / masps());
    }
}
