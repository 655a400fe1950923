package io.aigcnet.mechanism.auction.io;

import io.aigcnet.mechanism.auction.mechanism.ItemSale;
import io.aigcnet.mechanism.auction.mechanism.MarketRound;
import io.aigcnet.mechanism.auction.mechanism.Mechanism;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.offline.Award;
import io.aigcnet.mechanism.auction.offline.Externality;
import io.aigcnet.mechanism.auction.offline.OfflineRule;
import io.aigcnet.mechanism.auction.online.OnlineOutcome;
import io.aigcnet.mechanism.auction.online.OnlineScoreAuction;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves one file instance with one auction mechanism: the online submarket on the AVs' bids
 * (taken as their values for the surplus), then, if the file has items, one offline sale per
 * served AV (item j to the j-th served AV in ascending index) with truthful traffic bids.
 */
public final class AuctionSolver {
    /** The answer for one instance. */
    public record Solved(Mechanism mechanism, double eHat, boolean eHatComputed, OnlineOutcome online,
            double onlineSurplus, List<ItemSale> sales) {
        public Solved {
            sales = List.copyOf(sales);
        }
    }

    private AuctionSolver() {}

    public static Solved solve(AuctionInstance inst, Mechanism m) {
        if (!m.isAuction()) throw new IllegalArgumentException("mechanism must be pvisa, epvisa or mtepvisa, got " + m.cliName());
        MarketParams d = MarketParams.defaults();
        MarketParams params = new MarketParams(inst.capacity(), inst.rsuCost(), inst.nTraffic(), d.sigmaXi(), d.sigmaMu(),
                inst.mu0(), inst.alpha(), inst.rho());
        MarketRound round = new MarketRound(params, null);
        OfflineRule rule = round.offlineRule(m, null);
        boolean computed = inst.eHat().isEmpty();
        double eHat = computed ? Externality.estimate(rule, params, Externality.DRAWS, Externality.SEED) : inst.eHat().getAsDouble();
        double[] demand = new double[inst.avs().size()];
        for (int i = 0; i < demand.length; i++) demand[i] = inst.avs().get(i).demand(m.demand());
        OnlineScoreAuction auction = new OnlineScoreAuction(inst.capacity(), inst.rsuCost(), eHat);
        OnlineOutcome online = auction.run(inst.bids(), demand);
        List<ItemSale> sales = new ArrayList<>();
        int[] winners = online.winners();
        for (int j = 0; j < winners.length && j < inst.items().size(); j++) {
            Item item = inst.items().get(j);
            Award a = rule.award(item, item.truthfulBids());
            sales.add(new ItemSale(j, winners[j], a, OfflineRule.value(item, a, inst.mu0()), item.xi()));
        }
        return new Solved(m, eHat, computed, online, online.surplus(inst.bids(), inst.rsuCost()), sales);
    }
}
