package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.mechanism.auction.model.Item;

/**
 * EPViSA's and MTEPViSA's offline rule: the modified second bid MSB(alpha) of Arnosti, Beck and
 * Milgrom with price scaling factor alpha (reconstruction §3.2). With b(1) >= b(2) the two highest
 * traffic bids, the top traffic simulator wins and pays alpha * b(2) if b(1) >= alpha * b(2)
 * (its threshold bid, so the rule is strategy-proof); otherwise the driving simulator receives the
 * item at the contract price rho * mu_0 * E[xi]. The test uses only b(1)/b(2) = mu(1)/mu(2), which
 * does not involve xi, so the driving simulator's items have average quality.
 */
public final class MsbOffline implements OfflineRule {
    private final double alpha;
    private final double contractPrice;

    public MsbOffline(double alpha, double contractPrice) {
        if (!(alpha >= 1)) throw new IllegalArgumentException("alpha must be >= 1, got " + alpha);
        this.alpha = alpha;
        this.contractPrice = contractPrice;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public Award award(Item item, double[] bids) {
        if (bids.length == 0) return new Award(Award.DRIVING, contractPrice);
        int top = 0;
        double b1 = bids[0];
        double b2 = 0; // with one traffic simulator there is no second bid
        for (int m = 1; m < bids.length; m++) {
            if (bids[m] > b1) {
                b2 = b1;
                b1 = bids[m];
                top = m;
            } else if (bids[m] > b2) {
                b2 = bids[m];
            }
        }
        if (b1 > 0 && b1 >= alpha * b2) return new Award(top, alpha * b2);
        return new Award(Award.DRIVING, contractPrice);
    }

    @Override
    public String key() {
        return "MSB";
    }
}
