package io.aigcnet.mechanism.qoe.leader;

/** User m's utility, seed 003 eq. (9), over its column of rewards and (re-solved) QoEs. */
public final class LeaderUtility {

    private LeaderUtility() {
    }

    // QoE seed 003 eq. (9): U_m = μ_m ln(1 + Σ_n Q_nm) − Σ_n R_nm Q_nm
    public static double utility(double mu, double sumQ, double sumRQ) {
        return mu * Math.log1p(sumQ) - sumRQ;
    }

    /** Eq. (9) from explicit columns R_·m and Q_·m. */
    public static double utility(double mu, double[] r, double[] q) {
        double sumQ = 0;
        double sumRQ = 0;
        for (int n = 0; n < r.length; n++) {
            sumQ += q[n];
            sumRQ += r[n] * q[n];
        }
        return utility(mu, sumQ, sumRQ);
    }
}
