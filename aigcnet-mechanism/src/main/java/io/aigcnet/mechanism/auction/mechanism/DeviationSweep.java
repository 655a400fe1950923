package io.aigcnet.mechanism.auction.mechanism;

import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.offline.Award;
import io.aigcnet.mechanism.auction.offline.OfflineRule;
import io.aigcnet.mechanism.auction.online.OnlineOutcome;
import io.aigcnet.mechanism.auction.online.OnlineScoreAuction;

/**
 * Strategy-proofness and critical-payment checks by brute force (reconstruction §4 "properties
 * test"): a bidder replaces its truthful bid by f times its value for every f of a grid, and we
 * count the deviations that would raise its utility by more than a tolerance.
 */
public final class DeviationSweep {
    /** Utility gain that counts as a violation. */
    public static final double TOLERANCE = 1e-6;
    /** Step of the A8 critical-payment check. */
    public static final double CRITICAL_STEP = 1e-6;

    /** Counts of tests and violations (mutable tally owned by one caller). */
    public static final class Tally {
        private long tests;
        private long violations;

        public long tests() {
            return tests;
        }

        public long violations() {
            return violations;
        }

        void record(boolean violated) {
            tests++;
            if (violated) violations++;
        }

        public void add(Tally other) {
            tests += other.tests;
            violations += other.violations;
        }
    }

    private DeviationSweep() {}

    /** The grid {0, step, 2 step, ..., max}. */
    public static double[] grid(double step, double max) {
        int n = (int) Math.round(max / step);
        double[] f = new double[n + 1];
        for (int k = 0; k <= n; k++) f[k] = k * step;
        return f;
    }

    /** AV i's utility V_i - p_i if it wins with {@code bids}, else 0. */
    public static double avUtility(OnlineScoreAuction auction, int i, double value, double[] bids, double[] demand) {
        if (!auction.allocate(bids, demand)[i]) return 0;
        return value - auction.criticalPayment(i, bids, demand);
    }

    /** AV i bids f * V_i for every f; a violation is a utility above the truthful one by > TOLERANCE. */
    public static void online(OnlineScoreAuction auction, double[] values, double[] demand, int i, double[] factors,
            Tally tally) {
        double truthful = avUtility(auction, i, values[i], values, demand);
        double[] b = values.clone();
        for (double f : factors) {
            b[i] = f * values[i];
            tally.record(avUtility(auction, i, values[i], b, demand) > truthful + TOLERANCE);
        }
    }

    /** Traffic simulator m's utility u - payment if it receives the item, else 0. */
    public static double trafficUtility(OfflineRule rule, Item item, int m, double[] bids) {
        Award a = rule.award(item, bids);
        return a.receiver() == m ? item.trafficValue(m) - a.payment() : 0;
    }

    /** Traffic simulator m bids f * u_m for every f, the others truthfully. */
    public static void offline(OfflineRule rule, Item item, int m, double[] factors, Tally tally) {
        double[] bids = item.truthfulBids();
        double truthful = trafficUtility(rule, item, m, bids);
        double u = bids[m];
        for (double f : factors) {
            bids[m] = f * u;
            tally.record(trafficUtility(rule, item, m, bids) > truthful + TOLERANCE);
        }
    }

    /**
     * A8: for every winner with p_i > 0, AV i must win at p_i + 1e-6 and lose at p_i - 1e-6
     * (the others bidding as in {@code bids}). Two tests per such winner.
     */
    public static void criticalPayments(OnlineScoreAuction auction, double[] bids, double[] demand, OnlineOutcome o,
            Tally tally) {
        double[] b = bids.clone();
        for (int i : o.winners()) {
            double p = o.payment(i);
            if (!(p > 0)) continue;
            b[i] = p + CRITICAL_STEP;
            tally.record(!auction.allocate(b, demand)[i]);
            if (p >= CRITICAL_STEP) { // bids are >= 0
                b[i] = p - CRITICAL_STEP;
                tally.record(auction.allocate(b, demand)[i]);
            }
            b[i] = bids[i];
        }
    }
}
