package io.aigcnet.reputation.mwsl;

/**
 * μ_Ω = (μ1, μ2, μ3): the weights of familiarity, freshness and market worth in ‖μ_Ω ⊙ Ω‖₂.
 * A zero switches a factor off (the Fig. 8-B ablations).
 */
public record FactorWeights(double familiarity, double freshness, double marketWorth) {
    public FactorWeights {
        check("familiarity", familiarity);
        check("freshness", freshness);
        check("market_worth", marketWorth);
    }

    public static FactorWeights of(double[] mu) {
        if (mu.length != 3) {
            throw new IllegalArgumentException("factor weights need exactly 3 values (familiarity, freshness, market worth), got " + mu.length);
        }
        return new FactorWeights(mu[0], mu[1], mu[2]);
    }

    public FactorWeights withoutFamiliarity() {
        return new FactorWeights(0, freshness, marketWorth);
    }

    public FactorWeights withoutFreshness() {
        return new FactorWeights(familiarity, 0, marketWorth);
    }

    public FactorWeights withoutMarketWorth() {
        return new FactorWeights(familiarity, freshness, 0);
    }

    private static void check(String name, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException("factor weight " + name + " must be finite and >= 0, got " + v);
        }
    }
}
