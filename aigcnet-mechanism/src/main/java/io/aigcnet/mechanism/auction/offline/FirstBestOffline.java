package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.mechanism.auction.model.Item;

/**
 * The omniscient benchmark's offline assignment: the item goes to argmax(xi * mu_m, xi * mu_0),
 * with no payment (reconstruction §3.3). Reads the true quality, so it is not a mechanism.
 */
public final class FirstBestOffline implements OfflineRule {
    private final double mu0;

    public FirstBestOffline(double mu0) {
        this.mu0 = mu0;
    }

    @Override
    public Award award(Item item, double[] trafficValues) {
        int best = Award.DRIVING;
        double v = item.drivingValue(mu0);
        for (int m = 0; m < trafficValues.length; m++) {
            if (trafficValues[m] > v) {
                v = trafficValues[m];
                best = m;
            }
        }
        return new Award(best, 0);
    }

    @Override
    public String key() {
        return "FIRST_BEST";
    }
}
