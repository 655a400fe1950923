package io.aigcnet.mechanism.qoe.leader;

import io.aigcnet.mechanism.qoe.follower.FollowerPolicy;
import io.aigcnet.mechanism.qoe.follower.FollowerWorkspace;
import io.aigcnet.mechanism.qoe.model.Asp;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/**
 * The lower level of the EPEC (seed 003 eq. (11)) for one instance: every provider's follower
 * response to a reward matrix, and the users' utilities at those responses. Holds reusable
 * per-provider workspaces, so one {@code Market} is not thread-safe.
 */
public final class Market {

    private final QoeInstance instance;
    private final FollowerPolicy policy;
    private final double[][] a;
    private final double[][] d;
    private final FollowerWorkspace[] base;
    // one scratch per provider, so the solver's cached workload roots stay valid between re-solves
    private final FollowerWorkspace[] scratch;
    private final double[] pair = new double[3];

    /** Checks feasibility of every provider first (spec §7.5), naming the first infeasible one. */
    public Market(QoeInstance instance, FollowerPolicy policy) {
        this.instance = instance;
        this.policy = policy;
        int n = instance.aspCount();
        int m = instance.muCount();
        a = new double[n][];
        d = new double[n][];
        base = new FollowerWorkspace[n];
        scratch = new FollowerWorkspace[n];
        for (int i = 0; i < n; i++) {
            a[i] = instance.computeRow(i);
            d[i] = instance.transmitRow(i);
            policy.checkFeasible(instance.asp(i), a[i], d[i], i);
            base[i] = new FollowerWorkspace(m);
            scratch[i] = new FollowerWorkspace(m);
        }
    }

    public QoeInstance instance() {
        return instance;
    }

    public FollowerPolicy policy() {
        return policy;
    }

    /** Solves every provider at rewards r ([n][m]) into the base workspaces. */
    public void solveAll(double[][] r) {
        for (int n = 0; n < a.length; n++) {
            solveAsp(n, r[n]);
        }
    }

    public void solveAsp(int n, double[] row) {
        policy.solveInto(instance.asp(n), a[n], d[n], row, base[n]);
    }

    public FollowerWorkspace base(int n) {
        return base[n];
    }

    /** Σ_n Q_nm and Σ_n R_nm Q_nm from the base workspaces. */
    public double muUtility(int m, double[][] r) {
        double sumQ = 0;
        double sumRQ = 0;
        for (int n = 0; n < a.length; n++) {
            double q = base[n].q(m);
            sumQ += q;
            sumRQ += r[n][m] * q;
        }
        return LeaderUtility.utility(instance.mu(m).mu(), sumQ, sumRQ);
    }

    /**
     * Q_nm after provider n re-solves with R_nm replaced by {@code rNew}, others' rewards as in
     * {@code row} (which the base workspace of n was solved at). Exact: when n's capacities are
     * slack before and after, only pair (n, m) moves; otherwise provider n is re-solved in full.
     */
    public double perturbedQoe(int n, int m, double[] row, double rNew) {
        return policy.perturbedQoe(instance.asp(n), a[n], d[n], row, m, rNew, base[n], scratch[n], pair);
    }

    /** A full snapshot of the responses at r, after {@link #solveAll}. */
    public Outcome snapshot(double[][] r, int iterations, boolean converged) {
        int nn = a.length;
        int mm = instance.muCount();
        double[][] f = new double[nn][mm];
        double[][] b = new double[nn][mm];
        double[][] q = new double[nn][mm];
        double[] aspU = new double[nn];
        double[] aspC = new double[nn];
        double[] muU = new double[mm];
        double[] muC = new double[mm];
        for (int n = 0; n < nn; n++) {
            for (int m = 0; m < mm; m++) {
                f[n][m] = base[n].f(m);
                b[n][m] = base[n].b(m);
                q[n][m] = base[n].q(m);
                muC[m] += r[n][m] * q[n][m];
            }
            aspU[n] = base[n].utility();
            aspC[n] = base[n].cost();
        }
        for (int m = 0; m < mm; m++) {
            muU[m] = muUtility(m, r);
        }
        return new Outcome(r, f, b, q, muU, muC, aspU, aspC, iterations, converged);
    }

    /** Solves at r and snapshots. */
    public Outcome evaluate(double[][] r) {
        solveAll(r);
        return snapshot(r, 0, true);
    }
}
