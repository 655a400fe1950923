package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * How one provider answers a reward row: the resource allocation of seed 003 eq. (8) (or a
 * baseline's restricted version of it). Implementations are stateless and thread-safe; all
 * scratch lives in the caller's workspace.
 */
public interface FollowerPolicy {

    /**
     * Solves provider {@code asp} for workloads A, D and rewards R (each of length M) into
     * {@code ws}. The instance must have passed {@link #checkFeasible}.
     */
    void solveInto(Asp asp, double[] a, double[] d, double[] r, FollowerWorkspace ws);

    /** Throws {@link InfeasibleInstanceException} naming {@code aspIndex} if C1 and C2 conflict. */
    void checkFeasible(Asp asp, double[] a, double[] d, int aspIndex);

    /**
     * One user's (f, B, Q) at the provider's bare unit costs (λ = ρ = 0) when the provider serves
     * {@code size} users — exact whenever the capacities stay slack, because then no other user's
     * allocation moves. Writes f, B, Q into {@code out[0..2]}.
     */
    void solvePairAtCost(Asp asp, double a, double d, double r, int size, double[] out);

    /**
     * Q_m after the provider re-solves with R_m replaced by {@code rNew} (other rewards as in
     * {@code row}, at which {@code base} was solved). Exact: when the capacities are slack before
     * and after, only user m moves; otherwise the provider is re-solved in full into {@code scratch}.
     */
    default double perturbedQoe(Asp asp, double[] a, double[] d, double[] row, int m, double rNew,
            FollowerWorkspace base, FollowerWorkspace scratch, double[] pair) {
        if (base.lambda() == 0 && base.rho() == 0) {
            solvePairAtCost(asp, a[m], d[m], rNew, row.length, pair);
            if (base.sumF() - base.f(m) + pair[0] <= asp.fMax() && base.sumB() - base.b(m) + pair[1] <= asp.bMax()) {
                return pair[2];
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

    default Allocation solve(Asp asp, double[] a, double[] d, double[] r) {
        FollowerWorkspace ws = new FollowerWorkspace(a.length);
        solveInto(asp, a, d, r, ws);
        return ws.toAllocation();
    }
}
