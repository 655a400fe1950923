package io.aigcnet.layer2.rollup;

import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;

/**
 * Roll-up parameters.
 *
 * @param maxOpinions      count threshold and capacity of one roll-up block (paper: 500)
 * @param timeThresholdNanos a non-empty batch is rolled up at the latest this long after the last decision
 * @param mode             full (paper) or compact (hashes' Merkle root on chain, opinions in storage)
 * @param mwsl             the reputation equations' parameters; its block interval is the roll-up interval
 * @param leafSensitivity  θ used for the client-independent leaf reputation
 * @param clientCapacity   most distinct clients one lane tracks
 */
public record RollupConfig(int maxOpinions, long timeThresholdNanos, RollupMode mode, MwslParams mwsl,
                           double leafSensitivity, int clientCapacity) {
    public RollupConfig {
        if (maxOpinions < 1 || maxOpinions > io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES) {
            throw new IllegalArgumentException("maxOpinions must be in [1, " + io.aigcnet.chain.tx.RollupBlock.MAX_ENTRIES
                    + "], got " + maxOpinions);
        }
        if (timeThresholdNanos <= 0 || clientCapacity < 1) {
            throw new IllegalArgumentException("timeThresholdNanos and clientCapacity must be > 0");
        }
    }

    /** Paper defaults: 500 opinions per block, 5 s time threshold (one anchor block), θ = 0.5 leaves. */
    public static RollupConfig defaults(RollupMode mode) {
        // same θ, γ, μ_Ω as aigcnet-reputation's ProSecutor market defaults
        MwslParams mwsl = new MwslParams(5.0, 0.998, 0.5, new FactorWeights(1, 1, 0.1));
        return new RollupConfig(500, 5_000_000_000L, mode, mwsl, 0.5, 4096);
    }
}
