package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * Whether C1 (Q_m ≥ 0 for every user) and C2 (capacities) of seed 003 eq. (8) can hold together
 * (spec §7.5; the paper never checks it). The cheapest deadline-meeting allocations at price
 * ratio r are f_m = (A_m + sqrt(A_m D_m r))/κ and B_m = (D_m + sqrt(A_m D_m / r))/κ; Σ f rises
 * and Σ B falls with r, so some r fits both capacities iff
 * (κ f^max − Σ A)(κ B^max − Σ D) ≥ (Σ sqrt(A D))² with both factors positive. We demand a strict
 * margin, because on the boundary the deadline-meeting set is a single point and Slater fails.
 */
public final class Feasibility {

    /** Relative slack demanded of the feasibility inequality. */
    public static final double MARGIN = 1e-9;

    private Feasibility() {
    }

    /** The margin (κ f^max − ΣA)(κ B^max − ΣD) − (Σ sqrt(AD))², normalised; > 0 means feasible. */
    public static double slack(Asp asp, double[] a, double[] d) {
        double sumA = 0;
        double sumD = 0;
        double cross = 0;
        for (int m = 0; m < a.length; m++) {
            sumA += a[m];
            sumD += d[m];
            cross += Math.sqrt(a[m] * d[m]);
        }
        double fx = asp.kappa() * asp.fMax() - sumA;
        double bx = asp.kappa() * asp.bMax() - sumD;
        if (fx <= 0 || bx <= 0) {
            return -1;
        }
        return (fx * bx - cross * cross) / (fx * bx);
    }

    public static boolean isFeasible(Asp asp, double[] a, double[] d) {
        return slack(asp, a, d) > MARGIN;
    }

    static void check(Asp asp, double[] a, double[] d, int aspIndex) {
        if (isFeasible(asp, a, d)) {
            return;
        }
        double sumA = 0;
        double sumD = 0;
        for (int m = 0; m < a.length; m++) {
            sumA += a[m];
            sumD += d[m];
        }
        throw new InfeasibleInstanceException(String.format(
                "asps[%d]: cannot meet every MU's deadline (C1) within its capacities (C2): "
                        + "needs f_max > %.6g TFLOPS and B_max > %.6g MHz even before trading one for the "
                        + "other, has f_max = %.6g, B_max = %.6g, kappa_ms = %.6g",
                aspIndex, sumA / asp.kappa(), sumD / asp.kappa(), asp.fMax(), asp.bMax(), asp.kappa()));
    }
}
