package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.mechanism.auction.model.Item;

/**
 * PViSA's offline rule (reconstruction §3.2): a sealed-bid second-price auction among the traffic
 * simulators (bidding xi * mu_m) and the driving simulator, which cannot see xi and bids the
 * constant mu_0 * E[xi]. Highest bid wins (ties: traffic simulators by index, then the driving
 * simulator) and pays the second-highest bid. The driving simulator ends up with the low-quality
 * items: it is adversely selected.
 */
public final class SecondPriceOffline implements OfflineRule {
    private final double drivingBid;

    public SecondPriceOffline(double drivingBid) {
        this.drivingBid = drivingBid;
    }

    @Override
    public Award award(Item item, double[] bids) {
        int top = -1;
        double b1 = Double.NEGATIVE_INFINITY;
        double b2 = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < bids.length; m++) {
            if (bids[m] > b1) {
                b2 = b1;
                b1 = bids[m];
                top = m;
            } else if (bids[m] > b2) {
                b2 = bids[m];
            }
        }
        if (top >= 0 && b1 >= drivingBid) return new Award(top, Math.max(b2, drivingBid));
        return new Award(Award.DRIVING, Math.max(0, b1));
    }

    @Override
    public String key() {
        return "SP";
    }
}
