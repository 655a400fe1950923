package io.aigcnet.mechanism.auction.model;

import io.aigcnet.core.config.Checks;

/**
 * The market constants of one round (reconstruction §2, §4): RSU capacity R (rate units) and
 * cost per unit c_R, the number of traffic simulators, the quality and match-value spreads, the
 * driving simulator's match value mu_0, the price scaling factor alpha and the contract price
 * factor rho. E[xi] = 1 because xi ~ LogNormal(-sigmaXi^2/2, sigmaXi).
 */
public record MarketParams(double capacity, double rsuCost, int nTraffic, double sigmaXi, double sigmaMu, double mu0,
        double alpha, double rho) {

    /** E[xi] of the quality distribution (1 by construction). */
    public static final double MEAN_QUALITY = 1.0;

    public static MarketParams defaults() {
        return new MarketParams(100, 0.2, 30, 1.0, 1.0, 8.0, 1.5, 0.8);
    }

    public MarketParams {
        Checks.range("capacity", capacity, 0, Double.MAX_VALUE);
        Checks.range("rsu_cost", rsuCost, 0, Double.MAX_VALUE);
        Checks.range("n_traffic", nTraffic, 0, 100_000);
        Checks.range("sigma_xi", sigmaXi, 0, 10);
        Checks.range("sigma_mu", sigmaMu, 0, 10);
        Checks.range("mu0", mu0, 0, Double.MAX_VALUE);
        Checks.range("alpha", alpha, 1, 1000);
        Checks.range("rho", rho, 0, 1000);
    }

    /** The driving simulator's fixed contract price under MSB: p_0 = rho * mu_0 * E[xi] (reconstruction §3.2). */
    public double contractPrice() {
        return rho * mu0 * MEAN_QUALITY;
    }

    /** The uninformed driving simulator's bid under second price: mu_0 * E[xi]. */
    public double drivingBid() {
        return mu0 * MEAN_QUALITY;
    }

    public MarketParams withAlpha(double a) {
        return new MarketParams(capacity, rsuCost, nTraffic, sigmaXi, sigmaMu, mu0, a, rho);
    }
}
