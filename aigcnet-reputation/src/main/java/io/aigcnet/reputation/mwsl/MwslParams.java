package io.aigcnet.reputation.mwsl;

/**
 * The network-wide MWSL parameters the paper leaves open: block interval 1/λ in seconds,
 * freshness base θ, uncertainty weight γ of eq. (12) and the factor weights μ_Ω.
 */
public record MwslParams(double blockIntervalSeconds, double freshnessBase, double uncertaintyWeight, FactorWeights factorWeights) {
    public MwslParams {
        if (!(blockIntervalSeconds > 0) || Double.isInfinite(blockIntervalSeconds)) {
            throw new IllegalArgumentException("block_interval_s must be a finite number > 0, got " + blockIntervalSeconds);
        }
        if (!(freshnessBase > 0 && freshnessBase < 1)) {
            throw new IllegalArgumentException("freshness_base must be in (0, 1), got " + freshnessBase);
        }
        if (!(uncertaintyWeight >= 0 && uncertaintyWeight <= 1)) {
            throw new IllegalArgumentException("uncertainty_weight must be in [0, 1], got " + uncertaintyWeight);
        }
        if (factorWeights == null) {
            throw new IllegalArgumentException("factor_weights must be given");
        }
    }

    public MwslParams withFactorWeights(FactorWeights mu) {
        return new MwslParams(blockIntervalSeconds, freshnessBase, uncertaintyWeight, mu);
    }
}
