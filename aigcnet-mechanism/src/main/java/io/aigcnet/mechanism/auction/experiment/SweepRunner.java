package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.mechanism.DeviationSweep;
import io.aigcnet.mechanism.auction.mechanism.ExternalityTable;
import io.aigcnet.mechanism.auction.mechanism.ItemSale;
import io.aigcnet.mechanism.auction.mechanism.MarketRound;
import io.aigcnet.mechanism.auction.mechanism.Mechanism;
import io.aigcnet.mechanism.auction.mechanism.RoundOutcome;
import io.aigcnet.mechanism.auction.model.Instance;
import io.aigcnet.mechanism.auction.model.InstanceGenerator;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;
import io.aigcnet.mechanism.auction.offline.Externality;
import io.aigcnet.mechanism.auction.offline.MsbOffline;
import io.aigcnet.mechanism.auction.offline.SecondPriceOffline;
import io.aigcnet.mechanism.auction.online.OnlineOutcome;
import io.aigcnet.mechanism.auction.online.OnlineScoreAuction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every mechanism on the same seeded instances at every market size, and the property
 * checks: IR and the A8 critical-payment check on every auction round, exactness of the swept
 * critical payment against a 60-step bisection, the online deviation sweep (every AV of every
 * instance at one size, every auction) and the offline one (every traffic simulator of random
 * items, second price and MSB).
 *
 * <p>Streams: instance s of root seed S draws its AVs from {@code child("instance-s").avs}, its
 * items from {@code .items} and the Random baseline's draws from {@code .random} (permutation
 * first, then receivers). The AVs of a smaller market are the first AVs of a larger one with the
 * same s, and every mechanism sees the same draws.
 */
final class SweepRunner {
    static final int BISECTION_STEPS = 60;

    /** Everything measured. */
    record Result(ExternalityTable eHat, Map<Integer, Map<Mechanism, MechanismStats>> perN, PropertyTally props,
            int instances, int icSize, int icItems, double asiSp, double asiMsb) {}

    private SweepRunner() {}

    static Result run(AuctionConfig cfg, long rootSeed, int instances, int icItems, Progress progress) {
        MarketParams params = cfg.market();
        ExternalityTable eHat = ExternalityTable.estimate(params, cfg.ehatDraws(), cfg.ehatSeed());
        MarketRound round = new MarketRound(params, eHat);
        InstanceGenerator gen = new InstanceGenerator(params, cfg.taskTable());
        RngStreams root = RngStreams.of(rootSeed);
        PropertyTally props = new PropertyTally();
        double[] onlineGrid = DeviationSweep.grid(cfg.icOnlineStep(), cfg.icOnlineMax());
        int icSize = cfg.icSize();
        Map<Integer, Map<Mechanism, MechanismStats>> perN = new java.util.LinkedHashMap<>();
        for (int n : cfg.nAvsList()) {
            Map<Mechanism, MechanismStats> stats = new EnumMap<>(Mechanism.class);
            for (Mechanism m : Mechanism.values()) stats.put(m, new MechanismStats(instances));
            for (int s = 0; s < instances; s++) {
                RngStreams streams = root.child("instance-" + s);
                Instance inst = gen.instance(n, streams.fresh("avs"), streams.fresh("items"));
                for (Mechanism m : Mechanism.values()) {
                    RoundOutcome r = round.run(m, inst, m == Mechanism.RANDOM ? streams.fresh("random") : null);
                    stats.get(m).add(r);
                    if (m.isAuction()) checkRound(round, m, inst, r, props);
                }
                if (n == icSize) onlineSweep(round, inst, onlineGrid, props);
                progress.step(1);
            }
            perN.put(n, stats);
        }
        offlineSweep(cfg, params, gen, root, icItems, props);
        return new Result(eHat, perN, props, instances, icSize, icItems,
                Externality.drivingQuality(new SecondPriceOffline(params.drivingBid()), params, cfg.ehatDraws(), cfg.ehatSeed()),
                Externality.drivingQuality(new MsbOffline(params.alpha(), params.contractPrice()), params, cfg.ehatDraws(),
                        cfg.ehatSeed()));
    }

    /** IR of AVs and traffic simulators, RSU sign, A8, and exactness against bisection. */
    private static void checkRound(MarketRound round, Mechanism m, Instance inst, RoundOutcome r, PropertyTally props) {
        double[] values = inst.values();
        OnlineOutcome o = r.online();
        OnlineScoreAuction auction = round.onlineAuction(m);
        double[] demand = inst.demands(m.demand());
        for (int i : o.winners()) {
            props.irTests++;
            if (o.payment(i) > values[i] + 1e-9) props.irViolations++;
            double bis = auction.criticalPaymentByBisection(i, values, demand, BISECTION_STEPS);
            props.exactnessTests++;
            props.exactnessMaxDiff = Math.max(props.exactnessMaxDiff, Math.abs(bis - o.payment(i)));
        }
        for (ItemSale sale : r.sales()) {
            if (sale.award().toDriving()) continue;
            props.irTests++;
            if (sale.award().payment() > sale.value() + 1e-9) props.irViolations++;
        }
        DeviationSweep.criticalPayments(auction, values, demand, o, props.critical);
        if (m.offline() == Mechanism.OfflineKind.MSB) {
            props.rsuInstancesMsb++;
            if (r.utilityRsu() < -1e-9) props.rsuNegativeMsb++;
        } else if (r.utilityRsu() < -1e-9) {
            props.rsuNegativePvisa++;
        }
    }

    /** Every AV of the instance tries f * V_i for every f of the grid, under each auction. */
    private static void onlineSweep(MarketRound round, Instance inst, double[] grid, PropertyTally props) {
        double[] values = inst.values();
        for (Mechanism m : List.of(Mechanism.PVISA, Mechanism.EPVISA, Mechanism.MTEPVISA)) {
            OnlineScoreAuction auction = round.onlineAuction(m);
            double[] demand = inst.demands(m.demand());
            for (int i = 0; i < values.length; i++) DeviationSweep.online(auction, values, demand, i, grid, props.online);
        }
    }

    /** Every traffic simulator of {@code count} random items tries f * u for every f, under SP and MSB. */
    private static void offlineSweep(AuctionConfig cfg, MarketParams params, InstanceGenerator gen, RngStreams root,
            int count, PropertyTally props) {
        double[] grid = DeviationSweep.grid(cfg.icOfflineStep(), cfg.icOfflineMax());
        SecondPriceOffline sp = new SecondPriceOffline(params.drivingBid());
        MsbOffline msb = new MsbOffline(params.alpha(), params.contractPrice());
        List<Item> items = gen.items(count, root.fresh("offline-deviation-items"));
        for (Item item : items) {
            for (int m = 0; m < item.nTraffic(); m++) {
                DeviationSweep.offline(sp, item, m, grid, props.offlineSp);
                DeviationSweep.offline(msb, item, m, grid, props.offlineMsb);
            }
        }
    }
}
