package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.mechanism.auction.model.Item;

/**
 * An allocation-and-payment rule for one offline item. Auction rules read only the traffic
 * simulators' bids (the driving simulator's bid is the constant its missing information allows);
 * the omniscient benchmark also reads the item's true quality.
 */
public interface OfflineRule {
    /** Awards {@code item} given the traffic simulators' bids (one per simulator). */
    Award award(Item item, double[] trafficBids);

    /** Short name used in results: SP, MSB, FIRST_BEST, UNIFORM. */
    String key();

    /** Social value of an award: the receiver's true value of the item. */
    static double value(Item item, Award a, double mu0) {
        return a.toDriving() ? item.drivingValue(mu0) : item.trafficValue(a.receiver());
    }
}
