package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * The follower's participation constraint, added to any {@link FollowerPolicy}: a provider never
 * serves a user at a loss. It solves the inner problem (eq. (8) or a baseline's restricted form),
 * and while some served user m has R_m Q_m − c^f f_m − c^B B_m &lt; 0 it declines the user with the
 * largest loss (f = B = Q = 0, no payment) and re-solves on the rest. Seed 003's footnote 2 lets
 * C1 force service at negative utility; this class replaces that (docs/decisions.md). With slack
 * capacities users decouple and the result is the exact optimum of eq. (8) with participation;
 * with a binding capacity the one-at-a-time drop is a greedy choice of the served set. An equal
 * split (OnlyF, OnlyB) keeps dividing by all M users; a declined user's share stays idle.
 */
public final class Participation implements FollowerPolicy {

    /** A pair counts as loss-making below −TOL × its resource cost (rounding at the break-even point). */
    static final double TOL = 1e-9;

    private final FollowerPolicy inner;

    public Participation(FollowerPolicy inner) {
        this.inner = inner;
    }

    public FollowerPolicy inner() {
        return inner;
    }

    @Override
    public void checkFeasible(Asp asp, double[] a, double[] d, int aspIndex) {
        inner.checkFeasible(asp, a, d, aspIndex);
    }

    @Override
    public void solveInto(Asp asp, double[] a, double[] d, double[] r, FollowerWorkspace ws) {
        int size = a.length;
        ws.splitCount = 0;
        inner.solveInto(asp, a, d, r, ws);
        java.util.Arrays.fill(ws.declined, 0, size, false);
        ws.declinedCount = 0;
        int worst = worstLoss(asp, r, ws, null);
        if (worst < 0) {
            return;
        }
        boolean[] served = new boolean[size];
        java.util.Arrays.fill(served, true);
        FollowerWorkspace sub = new FollowerWorkspace(size);
        int[] index = new int[size];
        int count = size;
        while (worst >= 0) {
            served[worst] = false;
            count--;
            if (count == 0) {
                break;
            }
            double[] sa = new double[count];
            double[] sd = new double[count];
            double[] sr = new double[count];
            for (int m = 0, k = 0; m < size; m++) {
                if (served[m]) {
                    index[k] = m;
                    sa[k] = a[m];
                    sd[k] = d[m];
                    sr[k] = r[m];
                    k++;
                }
            }
            sub.cachedA = null;
            sub.splitCount = size; // an equal split still divides by every user in the market
            inner.solveInto(asp, sa, sd, sr, sub);
            worst = worstLoss(asp, sr, sub, index);
        }
        for (int m = 0; m < size; m++) {
            ws.f[m] = 0;
            ws.b[m] = 0;
            ws.q[m] = 0;
            ws.nu[m] = 0;
            ws.onC1[m] = false;
            ws.declined[m] = !served[m];
        }
        for (int k = 0; k < count; k++) {
            int m = index[k];
            ws.f[m] = sub.f[k];
            ws.b[m] = sub.b[k];
            ws.q[m] = sub.q[k];
            ws.nu[m] = sub.nu[k];
            ws.onC1[m] = sub.onC1[k];
        }
        ws.size = size;
        ws.declinedCount = size - count;
        ws.lambda = count == 0 ? 0 : sub.lambda;
        ws.rho = count == 0 ? 0 : sub.rho;
        ws.aggregatesValid = false;
        ws.cachedA = null;
        ws.cachedD = null;
        ws.finish(asp.costF(), asp.costB(), r);
    }

    /** The served user with the largest loss (global index), or −1 if every user breaks even. */
    private static int worstLoss(Asp asp, double[] r, FollowerWorkspace ws, int[] index) {
        int worst = -1;
        double worstProfit = 0;
        for (int k = 0; k < ws.size; k++) {
            double cost = asp.costF() * ws.f[k] + asp.costB() * ws.b[k];
            double profit = r[k] * ws.q[k] - cost;
            if (profit < -TOL * cost && profit < worstProfit) {
                worst = k;
                worstProfit = profit;
            }
        }
        return worst < 0 || index == null ? worst : index[worst];
    }

    @Override
    public void solvePairAtCost(Asp asp, double a, double d, double r, int size, double[] out) {
        inner.solvePairAtCost(asp, a, d, r, size, out);
        if (!serves(asp, r, out)) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
        }
    }

    private static boolean serves(Asp asp, double r, double[] pair) {
        double cost = asp.costF() * pair[0] + asp.costB() * pair[1];
        return r * pair[2] - cost >= -TOL * cost;
    }

    /**
     * With slack capacities only user m's own decision moves (prices stay at the bare unit costs, an
     * equal split divides by all M users whoever is declined): its pair at cost, served if it breaks
     * even. Otherwise a full re-solve.
     */
    @Override
    public double perturbedQoe(Asp asp, double[] a, double[] d, double[] row, int m, double rNew,
            FollowerWorkspace base, FollowerWorkspace scratch, double[] pair) {
        if (base.lambda() == 0 && base.rho() == 0) {
            inner.solvePairAtCost(asp, a[m], d[m], rNew, row.length, pair);
            if (base.sumF() - base.f(m) + pair[0] <= asp.fMax() && base.sumB() - base.b(m) + pair[1] <= asp.bMax()) {
                return serves(asp, rNew, pair) ? pair[2] : 0;
            }
        }
        double old = row[m];
        row[m] = rNew;
        try {
            solveInto(asp, a, d, row, scratch);
        } finally {
            row[m] = old;
        }
        return scratch.q(m);
    }
}
