package io.aigcnet.mechanism.qoe.leader;

import io.aigcnet.mechanism.qoe.model.Mu;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/**
 * Reference equilibrium by best-response iteration (spec §8.3 fallback for binding capacities):
 * users in turn maximise eq. (9) one coordinate R_nm at a time by golden-section search over
 * [R^min, R^max], each evaluation re-solving the follower exactly, until a sweep moves no reward
 * by more than {@code tol}. A slow, independent check of Algorithm 1, not a production solver.
 */
public final class BestResponse {

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private BestResponse() {
    }

    public static Outcome solve(Market market, double[][] start, double tol, int maxSweeps) {
        QoeInstance inst = market.instance();
        int nn = inst.aspCount();
        int mm = inst.muCount();
        double[][] r = Outcome.deep(start);
        int sweep = 0;
        boolean converged = false;
        while (sweep < maxSweeps && !converged) {
            sweep++;
            double moved = 0;
            for (int m = 0; m < mm; m++) {
                for (int n = 0; n < nn; n++) {
                    double best = argmax(market, r, n, m, tol);
                    moved = Math.max(moved, Math.abs(best - r[n][m]));
                    r[n][m] = best;
                }
            }
            converged = moved <= tol;
        }
        market.solveAll(r);
        return market.snapshot(r, sweep, converged);
    }

    /**
     * User m's best reward to provider n with everything else in {@code r} held (golden section
     * plus the two bounds); {@code r} is left as it was.
     */
    public static double argmax(Market market, double[][] r, int n, int m, double tol) {
        Mu mu = market.instance().mu(m);
        double lo = mu.rMin();
        double hi = mu.rMax();
        double x1 = hi - INV_PHI * (hi - lo);
        double x2 = lo + INV_PHI * (hi - lo);
        double u1 = utilityAt(market, r, n, m, x1);
        double u2 = utilityAt(market, r, n, m, x2);
        while (hi - lo > tol * 0.1) {
            if (u1 < u2) {
                lo = x1;
                x1 = x2;
                u1 = u2;
                x2 = lo + INV_PHI * (hi - lo);
                u2 = utilityAt(market, r, n, m, x2);
            } else {
                hi = x2;
                x2 = x1;
                u2 = u1;
                x1 = hi - INV_PHI * (hi - lo);
                u1 = utilityAt(market, r, n, m, x1);
            }
        }
        double mid = 0.5 * (lo + hi);
        // the bounds themselves may be best (a clamped equilibrium)
        double best = mid;
        double bestU = utilityAt(market, r, n, m, mid);
        for (double edge : new double[] {mu.rMin(), mu.rMax()}) {
            double u = utilityAt(market, r, n, m, edge);
            if (u > bestU) {
                best = edge;
                bestU = u;
            }
        }
        return best;
    }

    /** U_m at r with R_nm replaced by {@code value}, at the re-solved followers. */
    public static double utilityAt(Market market, double[][] r, int n, int m, double value) {
        double old = r[n][m];
        r[n][m] = value;
        market.solveAll(r);
        double u = market.muUtility(m, r);
        r[n][m] = old;
        return u;
    }
}
