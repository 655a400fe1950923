package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.model.Instance;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.offline.Award;
import io.aigcnet.mechanism.auction.offline.FirstBestOffline;
import io.aigcnet.mechanism.auction.offline.MsbOffline;
import io.aigcnet.mechanism.auction.offline.OfflineRule;
import io.aigcnet.mechanism.auction.offline.SecondPriceOffline;
import io.aigcnet.mechanism.auction.offline.UniformOffline;
import io.aigcnet.mechanism.auction.online.OnlineOutcome;
import io.aigcnet.mechanism.auction.online.OnlineScoreAuction;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs one mechanism on one instance: stage 1 (online submarket), then stage 2 (one offline sale
 * per served AV's data item, item j to the j-th served AV in ascending index). AVs and traffic
 * simulators bid truthfully; the deviation tests drive the stages directly.
 */
public final class MarketRound {
    private final MarketParams params;
    private final ExternalityTable eHat;

    public MarketRound(MarketParams params, ExternalityTable eHat) {
        this.params = params;
        this.eHat = eHat;
    }

    public MarketParams params() {
        return params;
    }

    public ExternalityTable eHat() {
        return eHat;
    }

    /** The online auction a mechanism runs (its score uses e_hat of its offline rule). */
    public OnlineScoreAuction onlineAuction(Mechanism m) {
        return new OnlineScoreAuction(params.capacity(), params.rsuCost(), eHat.forMechanism(m));
    }

    /** The offline rule of an auction mechanism or of the Omniscient benchmark. */
    public OfflineRule offlineRule(Mechanism m, UniformRandomProvider rng) {
        switch (m.offline()) {
            case SECOND_PRICE:
                return new SecondPriceOffline(params.drivingBid());
            case MSB:
                return new MsbOffline(params.alpha(), params.contractPrice());
            case FIRST_BEST:
                return new FirstBestOffline(params.mu0());
            default:
                if (rng == null) throw new IllegalArgumentException(m.displayName() + " needs a random stream");
                return new UniformOffline(rng);
        }
    }

    /**
     * Runs the round with truthful AV bids. {@code rng} is used only by Random (permutation
     * first, then one receiver per item) and may be null otherwise.
     */
    public RoundOutcome run(Mechanism m, Instance inst, UniformRandomProvider rng) {
        double[] values = inst.values();
        double[] demand = inst.demands(m.demand());
        OnlineOutcome online;
        switch (m) {
            case RANDOM:
                online = randomFirstFit(demand, rng);
                break;
            case OMNISCIENT:
                online = knapsack(values, demand);
                break;
            default:
                online = onlineAuction(m).run(values, demand);
        }
        return offline(m, inst, values, online, offlineRule(m, rng));
    }

    private RoundOutcome offline(Mechanism m, Instance inst, double[] values, OnlineOutcome online, OfflineRule rule) {
        int[] winners = online.winners();
        List<ItemSale> sales = new ArrayList<>(winners.length);
        double uTraffic = 0;
        double uDriving = 0;
        double offlineRevenue = 0;
        double offlineSurplus = 0;
        for (int j = 0; j < winners.length && j < inst.items().size(); j++) {
            Item item = inst.items().get(j);
            Award a = rule.award(item, item.truthfulBids());
            double v = OfflineRule.value(item, a, params.mu0());
            sales.add(new ItemSale(j, winners[j], a, v, item.xi()));
            offlineSurplus += v;
            offlineRevenue += a.payment();
            if (a.toDriving()) uDriving += v - a.payment();
            else uTraffic += v - a.payment();
        }
        double uAv = 0;
        double paid = 0;
        for (int i : winners) {
            uAv += values[i] - online.payment(i);
            paid += online.payment(i);
        }
        double uRsu = paid - params.rsuCost() * online.allocatedRate() + offlineRevenue;
        return new RoundOutcome(m, online, sales, uAv, uRsu, uTraffic, uDriving,
                online.surplus(values, params.rsuCost()), offlineSurplus);
    }

    /** Random baseline: a uniform permutation (Fisher-Yates), then first-fit, no payments. */
    private OnlineOutcome randomFirstFit(double[] demand, UniformRandomProvider rng) {
        int n = demand.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int k = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[k];
            perm[k] = t;
        }
        boolean[] won = new boolean[n];
        double rem = params.capacity();
        for (int i : perm) {
            if (demand[i] <= rem) {
                won[i] = true;
                rem -= demand[i];
            }
        }
        return new OnlineOutcome(won, demand, new double[n]);
    }

    /** Omniscient: max sum(V_i + e_hat(first-best) - c_R r_i) over demands in tenths, capacity floor(10 R). */
    private OnlineOutcome knapsack(double[] values, double[] demand) {
        int n = values.length;
        double[] gain = new double[n];
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            gain[i] = values[i] + eHat.firstBest() - params.rsuCost() * demand[i];
            w[i] = KnapsackDp.tenths(demand[i]);
        }
        int cap = (int) Math.floor(10 * params.capacity() + 1e-9);
        return new OnlineOutcome(KnapsackDp.solve(gain, w, cap), demand, new double[n]);
    }
}
