package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.mechanism.auction.model.Item;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Random baseline's offline assignment: each item goes to one of the M + 1 simulators chosen
 * uniformly, with no payment (reconstruction §3.3). The stream is consumed one draw per item.
 */
public final class UniformOffline implements OfflineRule {
    private final UniformRandomProvider rng;

    public UniformOffline(UniformRandomProvider rng) {
        this.rng = rng;
    }

    @Override
    public Award award(Item item, double[] bids) {
        int k = rng.nextInt(bids.length + 1);
        return new Award(k == bids.length ? Award.DRIVING : k, 0);
    }

    @Override
    public String key() {
        return "UNIFORM";
    }
}
