package io.aigcnet.mechanism.auction.online;

import java.util.Arrays;

/**
 * The generalised second-score auction of the online submarket (reconstruction §3.1).
 *
 * <p>Score s_i = (b_i + e_hat)/r_i - c_R (net surplus per rate unit, with the offline
 * externality e_hat). Allocation: AVs in descending score, ties to the lower index, first-fit:
 * admit i if s_i >= 0 and r_i fits the remaining capacity. The allocation is monotone in b_i
 * (moving earlier in a first-fit order only leaves more capacity ahead of i), so charging the
 * critical value inf{b >= 0 : i still wins} makes truthful bidding dominant (Myerson).
 *
 * <p>Exact critical value. With the others' bids fixed, their order o_1, o_2, ... and the
 * capacity rem_k left after the first k of them have been processed do not depend on b_i, and
 * rem_k does not increase in k. Placed after exactly k others, i wins iff s_i >= 0 and
 * r_i <= rem_k. Let K be the largest k with r_i <= rem_k. Then i wins iff s_i >= 0 and it is
 * ordered ahead of o_{K+1} (no condition if K = N-1), so the critical score is
 * s* = max(0, s_{o_{K+1}}) and the critical bid is b* = (s* + c_R) r_i - e_hat, clamped at 0.
 * This costs one O(N) walk per winner after one sort.
 */
public final class OnlineScoreAuction {
    private final double capacity;
    private final double rsuCost;
    private final double eHat;

    public OnlineScoreAuction(double capacity, double rsuCost, double eHat) {
        if (!(capacity >= 0) || !Double.isFinite(capacity)) throw new IllegalArgumentException("capacity must be finite and >= 0, got " + capacity);
        if (!(rsuCost >= 0) || !Double.isFinite(rsuCost)) throw new IllegalArgumentException("rsu cost must be finite and >= 0, got " + rsuCost);
        if (!Double.isFinite(eHat)) throw new IllegalArgumentException("e_hat must be finite, got " + eHat);
        this.capacity = capacity;
        this.rsuCost = rsuCost;
        this.eHat = eHat;
    }

    public double capacity() {
        return capacity;
    }

    public double rsuCost() {
        return rsuCost;
    }

    public double eHat() {
        return eHat;
    }

    /** s_i = (b_i + e_hat) / r_i - c_R (reconstruction §3.1, the scoring rule). */
    public double score(double bid, double demand) {
        return (bid + eHat) / demand - rsuCost;
    }

    /** Winners, demands and exact critical-value payments. */
    public OnlineOutcome run(double[] bids, double[] demand) {
        check(bids, demand);
        double[] s = scores(bids, demand);
        Integer[] order = order(s);
        boolean[] won = firstFit(order, s, demand);
        double[] pay = new double[bids.length];
        for (int i = 0; i < bids.length; i++) {
            if (won[i]) pay[i] = criticalFromOrder(i, order, s, demand);
        }
        return new OnlineOutcome(won, demand, pay);
    }

    /** Only the allocation (for deviation tests and the bisection). */
    public boolean[] allocate(double[] bids, double[] demand) {
        check(bids, demand);
        double[] s = scores(bids, demand);
        return firstFit(order(s), s, demand);
    }

    /** AV i's exact critical bid (0 if it wins with bid 0; +infinity if it can never win). */
    public double criticalPayment(int i, double[] bids, double[] demand) {
        check(bids, demand);
        double[] s = scores(bids, demand);
        return criticalFromOrder(i, order(s), s, demand);
    }

    /**
     * The critical bid by bisection on [0, b_i] re-running the allocation (reconstruction §3.1),
     * the independent check of {@link #criticalPayment}. Requires that i wins with bid b_i.
     */
    public double criticalPaymentByBisection(int i, double[] bids, double[] demand, int iterations) {
        double[] b = bids.clone();
        b[i] = 0;
        if (allocate(b, demand)[i]) return 0;
        b[i] = bids[i];
        if (!allocate(b, demand)[i]) throw new IllegalArgumentException("AV " + i + " does not win with its bid");
        double lo = 0;
        double hi = bids[i];
        for (int k = 0; k < iterations; k++) {
            double mid = 0.5 * (lo + hi);
            b[i] = mid;
            if (allocate(b, demand)[i]) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    private double criticalFromOrder(int i, Integer[] order, double[] s, double[] demand) {
        double rem = capacity;
        if (demand[i] > rem) return Double.POSITIVE_INFINITY;
        double blocker = Double.NEGATIVE_INFINITY; // score of o_{K+1}, if any
        for (Integer o : order) {
            if (o == i) continue;
            if (s[o] >= 0 && demand[o] <= rem) rem -= demand[o];
            if (demand[i] > rem) {
                blocker = s[o];
                break;
            }
        }
        double critScore = Math.max(0, blocker);
        return Math.max(0, (critScore + rsuCost) * demand[i] - eHat);
    }

    private boolean[] firstFit(Integer[] order, double[] s, double[] demand) {
        boolean[] won = new boolean[s.length];
        double rem = capacity;
        for (Integer i : order) {
            if (s[i] >= 0 && demand[i] <= rem) {
                won[i] = true;
                rem -= demand[i];
            }
        }
        return won;
    }

    private double[] scores(double[] bids, double[] demand) {
        double[] s = new double[bids.length];
        for (int i = 0; i < s.length; i++) s[i] = score(bids[i], demand[i]);
        return s;
    }

    /** Descending score, ties to the lower AV index. */
    private static Integer[] order(double[] s) {
        Integer[] idx = new Integer[s.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(s[b], s[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return idx;
    }

    private static void check(double[] bids, double[] demand) {
        if (bids.length != demand.length) throw new IllegalArgumentException("bids and demands differ in length");
        for (int i = 0; i < bids.length; i++) {
            if (!(bids[i] >= 0) || !Double.isFinite(bids[i])) throw new IllegalArgumentException("bid of AV " + i + " must be finite and >= 0, got " + bids[i]);
            if (!(demand[i] > 0) || !Double.isFinite(demand[i])) throw new IllegalArgumentException("demand of AV " + i + " must be finite and > 0, got " + demand[i]);
        }
    }
}
