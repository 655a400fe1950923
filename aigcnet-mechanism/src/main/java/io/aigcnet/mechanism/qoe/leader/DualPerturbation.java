package io.aigcnet.mechanism.qoe.leader;

import io.aigcnet.mechanism.qoe.model.Mu;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Algorithm 1 of seed 003, dual-perturbation reward optimisation: every user tries R_nm ± Δ_t
 * (clipped to [R^min, R^max] before evaluation), lets provider n re-solve its allocation, and
 * moves by the three-point rule; the loop stops when the users' total utility change is ≤ ε.
 * The trajectory is deterministic given R^(0), which is drawn uniformly in each user's bounds
 * from the caller's random stream.
 */
public final class DualPerturbation {

    private final DualPerturbationConfig config;

    public DualPerturbation(DualPerturbationConfig config) {
        this.config = config;
    }

    public DualPerturbationConfig config() {
        return config;
    }

    /** A seeded R^(0): R_nm uniform in [R_m^min, R_m^max]. */
    public static double[][] randomStart(QoeInstance instance, UniformRandomProvider rng) {
        double[][] r = new double[instance.aspCount()][instance.muCount()];
        for (int n = 0; n < r.length; n++) {
            for (int m = 0; m < r[n].length; m++) {
                Mu mu = instance.mu(m);
                r[n][m] = mu.rMin() + (mu.rMax() - mu.rMin()) * rng.nextDouble();
            }
        }
        return r;
    }

    public Outcome solve(Market market, UniformRandomProvider rng) {
        return solve(market, randomStart(market.instance(), rng));
    }

    /** Runs Algorithm 1 from the given R^(0) ([n][m]; copied, then clipped to the bounds). */
    public Outcome solve(Market market, double[][] start) {
        QoeInstance inst = market.instance();
        int nn = inst.aspCount();
        int mm = inst.muCount();
        double[][] r = new double[nn][mm];
        for (int n = 0; n < nn; n++) {
            for (int m = 0; m < mm; m++) {
                r[n][m] = inst.mu(m).clamp(start[n][m]);
            }
        }
        double[][] next = new double[nn][mm];
        double[] uPrev = new double[mm];
        AdaptiveStep adaptive = config.step() instanceof AdaptiveStep ? (AdaptiveStep) config.step() : null;
        double[][] delta = new double[nn][mm];
        int[][] lastDir = new int[nn][mm];
        market.solveAll(r);
        for (int m = 0; m < mm; m++) {
            uPrev[m] = market.muUtility(m, r);
            for (int n = 0; n < nn; n++) {
                delta[n][m] = config.step().step(1);
            }
        }
        int t = 0;
        boolean converged = false;
        while (t < config.maxIterations()) {
            t++;
            if (adaptive == null) {
                double step = config.step().step(t);
                for (double[] row : delta) {
                    java.util.Arrays.fill(row, step);
                }
            }
            if (config.order() == UpdateOrder.JACOBI) {
                for (int m = 0; m < mm; m++) {
                    updateUser(market, r, next, m, delta);
                }
                if (adaptive != null) {
                    adapt(adaptive, inst, r, next, delta, lastDir);
                }
                double[][] swap = r;
                r = next;
                next = swap;
                market.solveAll(r);
            } else {
                for (int m = 0; m < mm; m++) {
                    updateUser(market, r, next, m, delta);
                    for (int n = 0; n < nn; n++) {
                        if (adaptive != null) {
                            adaptOne(adaptive, inst, r, next, delta, lastDir, n, m);
                        }
                        if (next[n][m] != r[n][m]) {
                            r[n][m] = next[n][m];
                            market.solveAsp(n, r[n]);
                        }
                    }
                }
            }
            // line 27: Σ_m |U_m(R^(t)) − U_m(R^(t−1))| ≤ ε, after the minimum number of iterations
            double change = 0;
            for (int m = 0; m < mm; m++) {
                double u = market.muUtility(m, r);
                change += Math.abs(u - uPrev[m]);
                uPrev[m] = u;
            }
            if (t >= config.minIterations() && change <= config.epsilon()
                    && (adaptive == null || settled(adaptive, r, delta) && certified(market, adaptive, r, delta, lastDir))) {
                converged = true;
                break;
            }
        }
        return market.snapshot(r, t, converged);
    }

    /** Updates every coordinate's adaptive step from the move r → next (Jacobi). */
    private void adapt(AdaptiveStep a, QoeInstance inst, double[][] r, double[][] next, double[][] delta, int[][] lastDir) {
        for (int n = 0; n < r.length; n++) {
            for (int m = 0; m < r[n].length; m++) {
                adaptOne(a, inst, r, next, delta, lastDir, n, m);
            }
        }
    }

    private void adaptOne(AdaptiveStep a, QoeInstance inst, double[][] r, double[][] next, double[][] delta,
            int[][] lastDir, int n, int m) {
        // a clipped move (next == r) counts as a stay: the bound is the best response along this coordinate
        int dir = Double.compare(next[n][m], r[n][m]);
        Mu mu = inst.mu(m);
        // floor just below the settling threshold, so that a coordinate can always move again
        double floor = a.tolerance() * a.shrink() * Math.max(next[n][m], mu.rMin());
        delta[n][m] = Math.max(floor, a.next(delta[n][m], dir, lastDir[n][m], mu.rMax() - mu.rMin()));
        lastDir[n][m] = dir;
    }

    /** Whether every reward's step is within the relative tolerance (adaptive stopping rule). */
    private static boolean settled(AdaptiveStep a, double[][] r, double[][] delta) {
        for (int n = 0; n < r.length; n++) {
            for (int m = 0; m < r[n].length; m++) {
                if (delta[n][m] > a.tolerance() * r[n][m]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The adaptive stopping certificate: at the settled rewards (base workspaces solved at r), no
     * user strictly gains by moving one reward by ±probe·R_nm. Failing coordinates restart from the
     * probe step; returns whether all passed.
     */
    private static boolean certified(Market market, AdaptiveStep a, double[][] r, double[][] delta, int[][] lastDir) {
        boolean ok = true;
        for (int m = 0; m < r[0].length; m++) {
            Mu mu = market.instance().mu(m);
            double sumQ = 0;
            for (int n = 0; n < r.length; n++) {
                sumQ += market.base(n).q(m);
            }
            double inv = 1 / (1 + sumQ);
            for (int n = 0; n < r.length; n++) {
                double rt = r[n][m];
                double q0 = market.base(n).q(m);
                double h = a.probe() * rt;
                double up = mu.clamp(rt + h);
                double down = mu.clamp(rt - h);
                boolean gains = up != rt && gain(market, n, m, r[n], up, mu.mu(), inv, rt, q0, false) > 0
                        || down != rt && gain(market, n, m, r[n], down, mu.mu(), inv, rt, q0, false) > 0;
                if (gains) {
                    ok = false;
                    delta[n][m] = h;
                    lastDir[n][m] = 0;
                }
            }
        }
        return ok;
    }

    /**
     * Lines 9–25 for user m: perturb each R_nm with the user's other rewards held at R^(t),
     * evaluate eq. (9) at the re-solved follower, and write the move into next[·][m]. The base
     * workspaces of the market must hold the responses to r.
     */
    private void updateUser(Market market, double[][] r, double[][] next, int m, double[][] delta) {
        int nn = r.length;
        Mu mu = market.instance().mu(m);
        double sumQ = 0;
        for (int n = 0; n < nn; n++) {
            sumQ += market.base(n).q(m);
        }
        boolean exact = config.rule() != DecisionRule.THREE_POINT;
        double inv = 1 / (1 + sumQ);
        for (int n = 0; n < nn; n++) {
            double rt = r[n][m];
            double q0 = market.base(n).q(m);
            double up = snap(mu, mu.clamp(rt + delta[n][m]), rt);
            double down = snap(mu, mu.clamp(rt - delta[n][m]), rt);
            double dPlus = up == rt ? 0 : gain(market, n, m, r[n], up, mu.mu(), inv, rt, q0, exact);
            double dMinus = down == rt ? 0 : gain(market, n, m, r[n], down, mu.mu(), inv, rt, q0, exact);
            int dir = config.rule().fromDifferences(dMinus, dPlus);
            // lines 17 and 21: min{R + Δ, R^max}, max{R^min, R − Δ}
            next[n][m] = dir > 0 ? up : dir < 0 ? down : rt;
        }
    }

    /**
     * A move that lands within rounding of a bound lands on it: R − Δ can come out 1e-18 above
     * R^min, and a later perturbation of that size measures only rounding noise in eq. (9).
     */
    private static double snap(Mu mu, double x, double rt) {
        double eps = 1e-12 * Math.max(rt, mu.rMin());
        if (x - mu.rMin() <= eps) {
            return mu.rMin();
        }
        return mu.rMax() - x <= eps ? mu.rMax() : x;
    }

    /**
     * U_m(R_nm → rNew) − U_m(R), eq. (9) at the re-solved follower, written as
     * μ log1p((q' − q0)/(1 + ΣQ)) − (r' q' − r q0) so that it is accurate even when both utilities
     * are large. The three-point rule needs only its sign, which the bounds x − c x² ≤ log1p(x) ≤ x
     * (c = 1/2 for x ≥ 0, c = 2 for −1/2 ≤ x < 0, from the Lagrange remainder x²/(2(1+ξ)²)) usually
     * settle without a logarithm; a sign the bounds cannot prove is computed exactly ({@code exact}
     * forces the value, for the sign rule).
     */
    private static double gain(Market market, int n, int m, double[] row, double rNew, double mu, double invOnePlusSumQ,
            double rt, double q0, boolean exact) {
        double q = market.perturbedQoe(n, m, row, rNew);
        double x = (q - q0) * invOnePlusSumQ;
        double cost = rNew * q - rt * q0;
        if (!exact && x != 0 && x >= -0.5) {
            double hi = mu * x - cost;
            if (hi < 0) {
                return -1;
            }
            double lo = mu * (x - (x >= 0 ? 0.5 : 2) * x * x) - cost;
            if (lo > 0) {
                return 1;
            }
        }
        return mu * Math.log1p(x) - cost;
    }
}
