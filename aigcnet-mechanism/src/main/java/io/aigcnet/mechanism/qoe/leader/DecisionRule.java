package io.aigcnet.mechanism.qoe.leader;

/** How a user turns the three utilities U(R−Δ), U(R), U(R+Δ) into a move. */
public enum DecisionRule {
    /**
     * Algorithm 1 lines 14–23 exactly: up if U0 ≤ U+ and U− ≤ U0 (checked first, so ties and a
     * flat utility step up), else down if U0 ≤ U− and U+ ≤ U0, else stay.
     */
    THREE_POINT,
    /** Appendix A's two-sided finite-difference sign rule, eq. (22): d = sign(U+ − U−). */
    SIGN;

    /** The direction −1, 0 or +1. */
    int direction(double uMinus, double u0, double uPlus) {
        if (this == THREE_POINT) {
            if (u0 <= uPlus && uMinus <= u0) {
                return 1;
            }
            if (u0 <= uMinus && uPlus <= u0) {
                return -1;
            }
            return 0;
        }
        // QoE seed 003 eq. (22): d = sign(ĝ), 0 when ĝ vanishes
        double diff = uPlus - uMinus;
        return diff > 0 ? 1 : diff < 0 ? -1 : 0;
    }
}
