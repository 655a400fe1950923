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
        market.solveAll(r);
        for (int m = 0; m < mm; m++) {
            uPrev[m] = market.muUtility(m, r);
        }
        int t = 0;
        boolean converged = false;
        while (t < config.maxIterations()) {
            t++;
            double delta = config.step().step(t);
            if (config.order() == UpdateOrder.JACOBI) {
                for (int m = 0; m < mm; m++) {
                    updateUser(market, r, next, m, delta);
                }
                double[][] swap = r;
                r = next;
                next = swap;
                market.solveAll(r);
            } else {
                for (int m = 0; m < mm; m++) {
                    updateUser(market, r, next, m, delta);
                    for (int n = 0; n < nn; n++) {
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
            if (t >= config.minIterations() && change <= config.epsilon()) {
                converged = true;
                break;
            }
        }
        return market.snapshot(r, t, converged);
    }

    /**
     * Lines 9–25 for user m: perturb each R_nm with the user's other rewards held at R^(t),
     * evaluate eq. (9) at the re-solved follower, and write the move into next[·][m]. The base
     * workspaces of the market must hold the responses to r.
     */
    private void updateUser(Market market, double[][] r, double[][] next, int m, double delta) {
        int nn = r.length;
        Mu mu = market.instance().mu(m);
        double sumQ = 0;
        double sumRQ = 0;
        for (int n = 0; n < nn; n++) {
            double q = market.base(n).q(m);
            sumQ += q;
            sumRQ += r[n][m] * q;
        }
        double u0 = LeaderUtility.utility(mu.mu(), sumQ, sumRQ);
        for (int n = 0; n < nn; n++) {
            double rt = r[n][m];
            double q0 = market.base(n).q(m);
            double up = mu.clamp(rt + delta);
            double down = mu.clamp(rt - delta);
            double uPlus = up == rt ? u0 : perturbed(market, n, m, r[n], up, mu, sumQ - q0, sumRQ - rt * q0);
            double uMinus = down == rt ? u0 : perturbed(market, n, m, r[n], down, mu, sumQ - q0, sumRQ - rt * q0);
            int dir = config.rule().direction(uMinus, u0, uPlus);
            // lines 17 and 21: min{R + Δ, R^max}, max{R^min, R − Δ}
            next[n][m] = dir > 0 ? up : dir < 0 ? down : rt;
        }
    }

    private static double perturbed(Market market, int n, int m, double[] row, double rNew, Mu mu,
            double otherQ, double otherRQ) {
        double q = market.perturbedQoe(n, m, row, rNew);
        return LeaderUtility.utility(mu.mu(), otherQ + q, otherRQ + rNew * q);
    }
}
