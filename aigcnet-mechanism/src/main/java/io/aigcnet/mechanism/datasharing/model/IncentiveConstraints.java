package io.aigcnet.mechanism.datasharing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a menu against the K individual-rationality and K(K-1) incentive-compatibility
 * constraints. A constraint counts as met when it fails by at most {@code tolerance}: the optimal
 * menu sits exactly on its binding constraints, and without slack rounding would flip it between
 * feasible and infeasible.
 */
public final class IncentiveConstraints {

    /** Default slack on every constraint (spec §3.2 suggestion). */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private final double tolerance;

    public IncentiveConstraints(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance))
            throw new IllegalArgumentException("constraint tolerance must be a finite number >= 0, got " + tolerance);
        this.tolerance = tolerance;
    }

    public static IncentiveConstraints standard() {
        return new IncentiveConstraints(DEFAULT_TOLERANCE);
    }

    public double tolerance() {
        return tolerance;
    }

    // Data-sharing paper eq. (8): IR slack of type k, r_k - f_k / phi_k (>= 0 when met)
    public static double irSlack(Contract c, NetworkState s, int k) {
        return Utilities.deviceUtility(c.r(k), c.f(k), s.phi(k));
    }

    // Data-sharing paper eq. (9): IC slack of type k against item j, (r_k - f_k/phi_k) - (r_j - f_j/phi_k)
    public static double icSlack(Contract c, NetworkState s, int k, int j) {
        return Utilities.deviceUtility(c.r(k), c.f(k), s.phi(k)) - Utilities.deviceUtility(c.r(j), c.f(j), s.phi(k));
    }

    /** All violated constraints of eqs. (8)-(10), plus f &le; 1 (a cycle of at least one slot). */
    public Feasibility check(Contract c, NetworkState s) {
        if (c.types() != s.types())
            throw new IllegalArgumentException("contract has " + c.types() + " items but the state has K=" + s.types());
        List<Violation> out = new ArrayList<>();
        int n = c.types();
        for (int k = 0; k < n; k++) {
            if (c.f(k) < -tolerance) out.add(new Violation.OutOfBounds(k + 1, "f_" + (k + 1) + " = " + c.f(k) + " < 0", -c.f(k)));
            if (c.f(k) > 1 + tolerance) out.add(new Violation.OutOfBounds(k + 1, "f_" + (k + 1) + " = " + c.f(k) + " > 1", c.f(k) - 1));
            if (c.r(k) < -tolerance) out.add(new Violation.OutOfBounds(k + 1, "r_" + (k + 1) + " = " + c.r(k) + " < 0", -c.r(k)));
        }
        for (int k = 0; k < n; k++) {
            double ir = irSlack(c, s, k);
            if (ir < -tolerance) out.add(new Violation.IndividualRationality(k + 1, -ir));
        }
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                if (j == k) continue;
                double ic = icSlack(c, s, k, j);
                if (ic < -tolerance) out.add(new Violation.IncentiveCompatibility(k + 1, j + 1, -ic));
            }
        }
        return new Feasibility(out);
    }

    public boolean isFeasible(Contract c, NetworkState s) {
        return check(c, s).feasible();
    }
}
