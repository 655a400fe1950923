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

    /** Whether a perturbation of one reward can change other users' allocations only through λ or ρ. */
    default boolean separableWhenSlack() {
        return true;
    }

    /**
     * One user's (f, B, Q) at the provider's bare unit costs (λ = ρ = 0) when the provider serves
     * {@code size} users — exact whenever the capacities stay slack, because then no other user's
     * allocation moves. Writes f, B, Q into {@code out[0..2]}.
     */
    void solvePairAtCost(Asp asp, double a, double d, double r, int size, double[] out);

    default Allocation solve(Asp asp, double[] a, double[] d, double[] r) {
        FollowerWorkspace ws = new FollowerWorkspace(a.length);
        solveInto(asp, a, d, r, ws);
        return ws.toAllocation();
    }
}
