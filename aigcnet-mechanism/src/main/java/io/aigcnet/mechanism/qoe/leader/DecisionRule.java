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

    /** The direction −1, 0 or +1 from the three utilities. */
    int direction(double uMinus, double u0, double uPlus) {
        return fromDifferences(uMinus - u0, uPlus - u0);
    }

    /**
     * The direction from dMinus = U(R−Δ) − U(R) and dPlus = U(R+Δ) − U(R). For finite doubles
     * a ≤ b exactly when b − a ≥ 0, so this is the same test as on the utilities themselves.
     */
    int fromDifferences(double dMinus, double dPlus) {
        if (this == THREE_POINT) {
            if (dPlus >= 0 && dMinus <= 0) {
                return 1;
            }
            if (dMinus >= 0 && dPlus <= 0) {
                return -1;
            }
            return 0;
        }
        // QoE seed 003 eq. (22): d = sign(ĝ), 0 when ĝ vanishes
        double diff = dPlus - dMinus;
        return diff > 0 ? 1 : diff < 0 ? -1 : 0;
    }
}
