package io.aigcnet.mechanism.qoe.leader;

/** Whether users in one iteration of Algorithm 1 see each other's updates. */
public enum UpdateOrder {
    /** Simultaneous: every user perturbs around R^(t) (the default; Appendix A's eq. (24) form). */
    JACOBI,
    /** Sequential: user m sees the already-updated rewards of users 1..m−1. */
    GAUSS_SEIDEL
}
