package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * O(1) exact re-solve of the joint follower (eq. (8)) when a single reward R_m changes.
 *
 * <p>With the set S of C1-binding users fixed, the capacity conditions are linear in the price
 * roots α = sqrt(c^f + λ), β = sqrt(c^B + ρ) (spec §7.3 with z_m = (sqrt(A_m) α + sqrt(D_m) β)/κ
 * on S): α (f^max − A_S/κ) = P_A + c β and β (B^max − D_S/κ) = P_D + c α, where
 * P_A = Σ_{m∉S} sqrt(R_m A_m), P_D = Σ_{m∉S} sqrt(R_m D_m), A_S = Σ_S A, D_S = Σ_S D and
 * c = Σ_S sqrt(A D)/κ. Each capacity is binding or slack (α or β at its floor), so the KKT point
 * is one of four closed forms. The base solve stores these sums; a new R_m only moves user m's
 * term. The answer is exact when its premises are proved: user m's own C1 status is consistent,
 * no other user leaves or enters S — each user's tightness (sqrt(A) α + sqrt(D) β)/(κ sqrt(R)) moves
 * by at most the factor max (resp. min) of α'/α and β'/β — and the system is solvable; otherwise
 * the caller re-solves in full.
 */
final class SingleRewardUpdate {

    private static final double SAFETY = 1e-12;

    private SingleRewardUpdate() {
    }

    /** Stores the sums, the prices and the C1 tightness extremes of a finished solve. */
    static void record(Asp asp, double alpha, double beta, FollowerWorkspace ws) {
        double kappa = asp.kappa();
        double pa = 0;
        double pd = 0;
        double as = 0;
        double ds = 0;
        double cs = 0;
        double t1 = 0;
        double t2 = 0;
        int i1 = -1;
        double s1 = Double.POSITIVE_INFINITY;
        double s2 = Double.POSITIVE_INFINITY;
        int j1 = -1;
        for (int m = 0; m < ws.size; m++) {
            double sa = ws.sqrtA[m];
            double sd = ws.sqrtD[m];
            double tight = (sa * alpha + sd * beta) / (kappa * ws.sqrtR[m]);
            if (ws.onC1[m]) {
                as += sa * sa / kappa;
                ds += sd * sd / kappa;
                cs += sa * sd / kappa;
                if (tight < s1) {
                    s2 = s1;
                    s1 = tight;
                    j1 = m;
                } else if (tight < s2) {
                    s2 = tight;
                }
            } else {
                pa += ws.sqrtR[m] * sa;
                pd += ws.sqrtR[m] * sd;
                if (tight > t1) {
                    t2 = t1;
                    t1 = tight;
                    i1 = m;
                } else if (tight > t2) {
                    t2 = tight;
                }
            }
        }
        ws.alpha = alpha;
        ws.beta = beta;
        ws.invAlpha = 1 / alpha;
        ws.invBeta = 1 / beta;
        ws.sumSqrtRA = pa;
        ws.sumSqrtRD = pd;
        ws.c1A = as;
        ws.c1D = ds;
        ws.c1Cross = cs;
        ws.tightest = t1;
        ws.tightestIndex = i1;
        ws.secondTightest = t2;
        ws.loosestC1 = s1;
        ws.loosestC1Index = j1;
        ws.secondLoosestC1 = s2;
        ws.aggregatesValid = true;
    }

    /** Q_m after R_m becomes {@code rNew}, or NaN when the shortcut cannot prove its answer. */
    static double qoe(Asp asp, int m, double rNew, FollowerWorkspace ws) {
        double kappa = asp.kappa();
        double sa = ws.sqrtA[m];
        double sd = ws.sqrtD[m];
        double pa = ws.sumSqrtRA;
        double pd = ws.sumSqrtRD;
        double as = ws.c1A;
        double ds = ws.c1D;
        double cs = ws.c1Cross;
        if (ws.onC1[m]) {
            as -= sa * sa / kappa;
            ds -= sd * sd / kappa;
            cs -= sa * sd / kappa;
        } else {
            pa -= ws.sqrtR[m] * sa;
            pd -= ws.sqrtR[m] * sd;
        }
        double srNew = Math.sqrt(rNew);
        double q;
        // user m off C1
        if (prices(asp, pa + srNew * sa, pd + srNew * sd, as, ds, cs, ws)
                && sa * ws.tmpAlpha + sd * ws.tmpBeta < kappa * srNew) {
            q = kappa - (sa * ws.tmpAlpha + sd * ws.tmpBeta) / srNew;
        } else if (prices(asp, pa, pd, as + sa * sa / kappa, ds + sd * sd / kappa, cs + sa * sd / kappa, ws)
                && sa * ws.tmpAlpha + sd * ws.tmpBeta >= kappa * srNew) {
            q = 0;
        } else {
            return Double.NaN;
        }
        double ra = ws.tmpAlpha * ws.invAlpha;
        double rb = ws.tmpBeta * ws.invBeta;
        double othersTight = m == ws.tightestIndex ? ws.secondTightest : ws.tightest;
        double othersLoose = m == ws.loosestC1Index ? ws.secondLoosestC1 : ws.loosestC1;
        if (othersTight * Math.max(ra, rb) < 1 - SAFETY && othersLoose * Math.min(ra, rb) > 1 + SAFETY) {
            return q;
        }
        return Double.NaN;
    }

    /** The KKT price roots for the given sums into ws.tmpAlpha/tmpBeta; false if not solvable. */
    private static boolean prices(Asp asp, double pa, double pd, double as, double ds, double cs, FollowerWorkspace ws) {
        double a1 = asp.fMax() - as;
        double b1 = asp.bMax() - ds;
        if (!(a1 > 0 && b1 > 0)) {
            return false;
        }
        double a0 = ws.alphaFloor;
        double b0 = ws.betaFloor;
        if (pa + cs * b0 <= a1 * a0 && pd + cs * a0 <= b1 * b0) {
            ws.tmpAlpha = a0;
            ws.tmpBeta = b0;
            return true;
        }
        double alpha = Math.max(a0, (pa + cs * b0) / a1);
        if (pd + cs * alpha <= b1 * b0) {
            ws.tmpAlpha = alpha;
            ws.tmpBeta = b0;
            return true;
        }
        double beta = Math.max(b0, (pd + cs * a0) / b1);
        if (pa + cs * beta <= a1 * a0) {
            ws.tmpAlpha = a0;
            ws.tmpBeta = beta;
            return true;
        }
        double det = a1 * b1 - cs * cs;
        if (!(det > 0)) {
            return false;
        }
        alpha = (pa * b1 + cs * pd) / det;
        beta = (pd * a1 + cs * pa) / det;
        if (alpha >= a0 && beta >= b0) {
            ws.tmpAlpha = alpha;
            ws.tmpBeta = beta;
            return true;
        }
        return false;
    }
}
