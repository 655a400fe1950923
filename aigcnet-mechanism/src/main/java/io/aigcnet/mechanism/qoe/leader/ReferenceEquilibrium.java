package io.aigcnet.mechanism.qoe.leader;

import io.aigcnet.mechanism.qoe.model.Asp;
import io.aigcnet.mechanism.qoe.model.Mu;
import io.aigcnet.mechanism.qoe.model.PairLoad;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/**
 * The reference Nash equilibrium of the users' reward game when every follower is interior
 * (spec §8.3, derived; a test oracle for Algorithm 1). Then Q_nm = κ_n − W_nm/sqrt(R_nm) with
 * W = sqrt(A c^f) + sqrt(D c^B), users decouple, and user m's first-order conditions read
 * y_m = 2κ_n z³/W_nm − z² with z = sqrt(R_nm) and y_m = μ_m/(1 + Σ_n Q_nm): a root z(y) per
 * provider and one scalar fixed point in y, both solved by bisection. Rewards are clamped to the
 * user's bounds inside the fixed point. Callers must check that capacities are slack at the
 * answer ({@link #isInterior}); otherwise use {@link BestResponse}.
 */
public final class ReferenceEquilibrium {

    private ReferenceEquilibrium() {
    }

    /** W_nm = sqrt(A c^f) + sqrt(D c^B), so that interior latency is W/sqrt(R) (spec §7.3 Case 1). */
    public static double latencyCoefficient(Asp asp, PairLoad load) {
        return Math.sqrt(load.a() * asp.costF()) + Math.sqrt(load.d() * asp.costB());
    }

    /** Rewards [n][m] of the interior reference equilibrium. */
    public static double[][] rewards(QoeInstance inst) {
        int nn = inst.aspCount();
        double[][] r = new double[nn][inst.muCount()];
        double[] w = new double[nn];
        double[] kappa = new double[nn];
        for (int m = 0; m < inst.muCount(); m++) {
            for (int n = 0; n < nn; n++) {
                w[n] = latencyCoefficient(inst.asp(n), inst.load(n, m));
                kappa[n] = inst.asp(n).kappa();
            }
            Mu mu = inst.mu(m);
            double lo = 0;
            double hi = mu.mu();
            for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
                double y = 0.5 * (lo + hi);
                if (fixedPoint(y, w, kappa, mu, null) > 0) {
                    hi = y;
                } else {
                    lo = y;
                }
            }
            double[] col = new double[nn];
            fixedPoint(0.5 * (lo + hi), w, kappa, mu, col);
            for (int n = 0; n < nn; n++) {
                r[n][m] = col[n];
            }
        }
        return r;
    }

    /** y (1 + Σ_n Q_n(y)) − μ, increasing in y; fills the clamped rewards if asked. */
    private static double fixedPoint(double y, double[] w, double[] kappa, Mu mu, double[] rewardsOut) {
        double sumQ = 0;
        for (int n = 0; n < w.length; n++) {
            double z = rootZ(y, w[n], kappa[n]);
            double rew = mu.clamp(z * z);
            if (rewardsOut != null) {
                rewardsOut[n] = rew;
            }
            sumQ += Math.max(0, kappa[n] - w[n] / Math.sqrt(rew));
        }
        return y * (1 + sumQ) - mu.mu();
    }

    /**
     * The root z ≥ W/κ of 2κ z³/W − z² = y (spec §8.3 FOC); the left side rises from (W/κ)² there,
     * so below that y the user sits in the flat C1 region and z = W/κ is returned.
     */
    static double rootZ(double y, double w, double kappa) {
        double z0 = w / kappa;
        if (y <= z0 * z0) {
            return z0;
        }
        double lo = z0;
        double hi = Math.max(2 * z0, Math.sqrt(y) + w / kappa);
        while (2 * kappa * hi * hi * hi / w - hi * hi < y) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double z = 0.5 * (lo + hi);
            if (2 * kappa * z * z * z / w - z * z < y) {
                lo = z;
            } else {
                hi = z;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Whether every provider's capacities are slack at the responses in {@code outcome}. */
    public static boolean isInterior(QoeInstance inst, Outcome outcome) {
        for (int n = 0; n < inst.aspCount(); n++) {
            double sf = 0;
            double sb = 0;
            for (int m = 0; m < inst.muCount(); m++) {
                sf += outcome.f(n, m);
                sb += outcome.b(n, m);
            }
            if (sf >= inst.asp(n).fMax() * (1 - 1e-9) || sb >= inst.asp(n).bMax() * (1 - 1e-9)) {
                return false;
            }
        }
        return true;
    }
}
