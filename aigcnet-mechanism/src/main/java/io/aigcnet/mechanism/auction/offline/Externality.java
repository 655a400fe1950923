package io.aigcnet.mechanism.auction.offline;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.model.InstanceGenerator;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;

import java.util.List;

/**
 * The externality term e_hat(rule): the expected offline social surplus created by one served
 * twin under an offline rule, estimated by seeded Monte Carlo over random items with truthful
 * traffic bids (reconstruction §2). It is public because the RSU cannot see xi.
 */
public final class Externality {
    /** Default Monte Carlo size and seed of the reconstruction (§4). */
    public static final int DRAWS = 20_000;
    public static final long SEED = 12345L;

    private Externality() {}

    public static double estimate(OfflineRule rule, MarketParams params, int draws, long seed) {
        List<Item> items = items(params, draws, seed);
        double sum = 0;
        for (Item item : items) {
            Award a = rule.award(item, item.truthfulBids());
            sum += OfflineRule.value(item, a, params.mu0());
        }
        return sum / draws;
    }

    /**
     * The adverse-selection index of a rule on the same draws: mean quality xi of the items the
     * driving simulator receives, divided by E[xi]; NaN if it receives none.
     */
    public static double drivingQuality(OfflineRule rule, MarketParams params, int draws, long seed) {
        double sum = 0;
        int count = 0;
        for (Item item : items(params, draws, seed)) {
            if (rule.award(item, item.truthfulBids()).toDriving()) {
                sum += item.xi();
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count / MarketParams.MEAN_QUALITY;
    }

    private static List<Item> items(MarketParams params, int draws, long seed) {
        if (draws <= 0) throw new IllegalArgumentException("draws must be > 0, got " + draws);
        return new InstanceGenerator(params, List.of()).items(draws, RngStreams.of(seed).fresh("ehat-items"));
    }
}
