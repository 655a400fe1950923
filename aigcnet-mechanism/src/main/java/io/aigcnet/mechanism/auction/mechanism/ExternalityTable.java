package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.offline.Externality;
import io.aigcnet.mechanism.auction.offline.FirstBestOffline;
import io.aigcnet.mechanism.auction.offline.MsbOffline;
import io.aigcnet.mechanism.auction.offline.SecondPriceOffline;

/** e_hat for each offline rule (reconstruction §2): second price, MSB(alpha) and first-best. */
public record ExternalityTable(double sp, double msb, double firstBest) {

    /** Monte Carlo estimate of all three from the same item draws. */
    public static ExternalityTable estimate(MarketParams p, int draws, long seed) {
        return new ExternalityTable(
                Externality.estimate(new SecondPriceOffline(p.drivingBid()), p, draws, seed),
                Externality.estimate(new MsbOffline(p.alpha(), p.contractPrice()), p, draws, seed),
                Externality.estimate(new FirstBestOffline(p.mu0()), p, draws, seed));
    }

    /** The e_hat a mechanism's online score uses (0 for Random, which has no score). */
    public double forMechanism(Mechanism m) {
        switch (m.offline()) {
            case SECOND_PRICE:
                return sp;
            case MSB:
                return msb;
            case FIRST_BEST:
                return firstBest;
            default:
                return 0;
        }
    }
}
