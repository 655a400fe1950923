package io.aigcnet.mechanism.contract.prosecutor;

/**
 * The two constraints of ProSecutor eq. (16), checked independently of the solver that produced a response:
 * IR asks U_SP(response) >= U_th^SP; IC asks that no action on a dense (c̄, F_e) deviation grid gives the MASP
 * more than the response does (up to the tolerance). The grid spans the whole action box, so the check does not
 * rely on the fee-class structure the best response exploits.
 */
public final class ProsecutorIncentives {
    private ProsecutorIncentives() {}

    public static boolean individuallyRational(PaymentModel m, PaymentContract c, MaspAction response) {
        return m.maspUtility(c, response) >= m.params().agentThreshold() - m.params().tolerance();
    }

    /** The best utility over the deviation grid (c̄ and F_e each on {@code deviationGrid} even points). */
    public static double bestDeviation(PaymentModel m, PaymentContract c) {
        ProsecutorParams p = m.params();
        int n = p.deviationGrid();
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double fee = p.feeMin() + j * (p.feeMax() - p.feeMin()) / (n - 1);
            int cls = m.classOf(fee);
            for (int i = 0; i < n; i++) {
                double cbar = p.computeMin() + i * (p.computeMax() - p.computeMin()) / (n - 1);
                best = Math.max(best, m.maspUtility(c, cbar, fee, m.os2a(cbar, cls)));
            }
        }
        return best;
    }

    public static boolean incentiveCompatible(PaymentModel m, PaymentContract c, MaspAction response) {
        return m.maspUtility(c, response) >= bestDeviation(m, c) - m.params().tolerance();
    }
}
