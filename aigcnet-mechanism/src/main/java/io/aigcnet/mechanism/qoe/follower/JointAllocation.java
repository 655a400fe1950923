package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * The exact solver of the follower problem, seed 003 eq. (8), by its KKT conditions (spec §7.3–7.4).
 *
 * <p>With α = sqrt(c^f + λ), β = sqrt(c^B + ρ) and z_m = sqrt(R_m + ν_m), stationarity gives
 * f_m = z_m sqrt(A_m)/α, B_m = z_m sqrt(D_m)/β and C1 gives z_m = max(sqrt(R_m),
 * (sqrt(A_m) α + sqrt(D_m) β)/κ). When no capacity binds, α and β are the bare cost roots and the
 * answer is closed form. Otherwise β(α) solves Σ B = B^max and α solves Σ f(α, β(α)) = f^max — the
 * spec's nested bisection, accelerated: on a fixed set of C1-binding users each sum is affine in
 * 1/β (resp. α is a rational function), so each level proposes the exact root of the current
 * piece and a bracket guards it with bisection. Typically two or three evaluations per level.
 */
public final class JointAllocation implements FollowerPolicy {

    /** Relative tolerance on the binding capacity sums. */
    static final double TOL = 1e-13;
    private static final int MAX_ITER = 200;

    @Override
    public void checkFeasible(Asp asp, double[] a, double[] d, int aspIndex) {
        Feasibility.check(asp, a, d, aspIndex);
    }

    @Override
    public void solveInto(Asp asp, double[] a, double[] d, double[] r, FollowerWorkspace ws) {
        int size = a.length;
        boolean cached = ws.cachedA == a && ws.cachedD == d && ws.size == size;
        ws.ensure(size);
        double pa = 0;
        double pd = 0;
        for (int m = 0; m < size; m++) {
            if (!cached) {
                ws.sqrtA[m] = Math.sqrt(a[m]);
                ws.sqrtD[m] = Math.sqrt(d[m]);
            }
            double sr = Math.sqrt(r[m]);
            ws.sqrtR[m] = sr;
            pa += sr * ws.sqrtA[m];
            pd += sr * ws.sqrtD[m];
        }
        // the workloads are immutable for a given array pair (Market's contract), so their roots are reused
        ws.cachedA = a;
        ws.cachedD = d;
        // fast path: with no user on C1 the capacities decouple and α, β are closed form (spec §7.3
        // Case 1 and 3); one pass confirms that no user's deadline binds at those prices
        double alphaFast = Math.max(Math.sqrt(asp.costF()), pa / asp.fMax());
        double betaFast = Math.max(Math.sqrt(asp.costB()), pd / asp.bMax());
        boolean noC1 = true;
        double kappa = asp.kappa();
        for (int m = 0; m < size && noC1; m++) {
            noC1 = ws.sqrtA[m] * alphaFast + ws.sqrtD[m] * betaFast <= kappa * ws.sqrtR[m];
        }
        if (noC1) {
            fill(asp, a, d, r, alphaFast, betaFast, ws);
            return;
        }
        double alpha0 = Math.sqrt(asp.costF());
        double beta0 = innerBeta(asp, d, alpha0, ws);
        double g0 = sumF(asp, a, alpha0, beta0, ws) - asp.fMax();
        double alpha = alpha0;
        double beta = beta0;
        if (g0 > TOL * asp.fMax()) {
            alpha = outerAlpha(asp, a, d, alpha0, ws);
            beta = innerBeta(asp, d, alpha, ws);
        }
        fill(asp, a, d, r, alpha, beta, ws);
        if (alpha == alpha0) {
            ws.lambda = 0;
        }
        if (beta == Math.sqrt(asp.costB())) {
            ws.rho = 0;
        }
    }

    @Override
    public void solvePairAtCost(Asp asp, double a, double d, double r, int size, double[] out) {
        double sa = Math.sqrt(a);
        double sd = Math.sqrt(d);
        double alpha = Math.sqrt(asp.costF());
        double beta = Math.sqrt(asp.costB());
        double need = (sa * alpha + sd * beta) / asp.kappa();
        double sr = Math.sqrt(r);
        boolean c1 = need > sr;
        double z = c1 ? need : sr;
        out[0] = z * sa / alpha;
        out[1] = z * sd / beta;
        out[2] = c1 ? 0 : asp.kappa() - a / out[0] - d / out[1];
    }

    /** O(1) via {@link SingleRewardUpdate} when it can prove its answer; a full re-solve otherwise. */
    @Override
    public double perturbedQoe(Asp asp, double[] a, double[] d, double[] row, int m, double rNew,
            FollowerWorkspace base, FollowerWorkspace scratch, double[] pair) {
        if (base.aggregatesValid) {
            double q = SingleRewardUpdate.qoe(asp, m, rNew, base);
            if (!Double.isNaN(q)) {
                return q;
            }
        }
        return FollowerPolicy.super.perturbedQoe(asp, a, d, row, m, rNew, base, scratch, pair);
    }

    /** Compute multiplier level: the α ≥ α0 with Σ f(α, β(α)) = f^max (Σ f decreases in α). */
    private double outerAlpha(Asp asp, double[] a, double[] d, double alpha0, FollowerWorkspace ws) {
        double cap = asp.fMax();
        double lo = alpha0;
        double hi = Double.POSITIVE_INFINITY;
        double x = proposeAlpha(asp, a, alpha0, innerBeta(asp, d, alpha0, ws), ws);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            if (!(x > lo && x < hi) || iter > 30) {
                x = Double.isInfinite(hi) ? lo * 2 : 0.5 * (lo + hi);
            }
            double beta = innerBeta(asp, d, x, ws);
            double g = sumF(asp, a, x, beta, ws) - cap;
            if (Math.abs(g) <= TOL * cap) {
                return x;
            }
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (hi < Double.POSITIVE_INFINITY && hi - lo <= 1e-15 * hi) {
                return hi;
            }
            x = proposeAlpha(asp, a, x, beta, ws);
        }
        return hi;
    }

    /** Bandwidth multiplier level: the β ≥ sqrt(c^B) with Σ B(α, β) = B^max, or sqrt(c^B) if slack. */
    private double innerBeta(Asp asp, double[] d, double alpha, FollowerWorkspace ws) {
        double cap = asp.bMax();
        double kappa = asp.kappa();
        double lo = Math.sqrt(asp.costB());
        double hi = Double.POSITIVE_INFINITY;
        double x = lo;
        for (int iter = 0; iter < MAX_ITER; iter++) {
            // one pass: Σ B at x and the exact root of the piece with x's C1-binding set
            double numer = 0;
            double binding = 0;
            for (int m = 0; m < ws.size; m++) {
                double need = (ws.sqrtA[m] * alpha + ws.sqrtD[m] * x) / kappa;
                if (need > ws.sqrtR[m]) {
                    numer += alpha * ws.sqrtA[m] * ws.sqrtD[m] / kappa;
                    binding += d[m] / kappa;
                } else {
                    numer += ws.sqrtR[m] * ws.sqrtD[m];
                }
            }
            double g = numer / x + binding - cap;
            if (iter == 0 && g <= TOL * cap) {
                return x;
            }
            if (Math.abs(g) <= TOL * cap) {
                return x;
            }
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (hi < Double.POSITIVE_INFINITY && hi - lo <= 1e-15 * hi) {
                return hi;
            }
            double next = cap > binding ? numer / (cap - binding) : Double.NaN;
            if (!(next > lo && next < hi) || iter > 30) {
                next = Double.isInfinite(hi) ? lo * 2 : 0.5 * (lo + hi);
            }
            x = next;
        }
        return hi;
    }

    private static double sumF(Asp asp, double[] a, double alpha, double beta, FollowerWorkspace ws) {
        double kappa = asp.kappa();
        double s = 0;
        for (int m = 0; m < ws.size; m++) {
            double z = Math.max(ws.sqrtR[m], (ws.sqrtA[m] * alpha + ws.sqrtD[m] * beta) / kappa);
            s += z * ws.sqrtA[m];
        }
        return s / alpha;
    }

    /** Root of α f^max = P + α A_S/κ + β C_S/κ on the C1-binding set S at (α, β), β held. */
    private static double proposeAlpha(Asp asp, double[] a, double alpha, double beta, FollowerWorkspace ws) {
        double kappa = asp.kappa();
        double p = 0;
        double aS = 0;
        for (int m = 0; m < ws.size; m++) {
            double need = (ws.sqrtA[m] * alpha + ws.sqrtD[m] * beta) / kappa;
            if (need > ws.sqrtR[m]) {
                p += beta * ws.sqrtA[m] * ws.sqrtD[m] / kappa;
                aS += a[m] / kappa;
            } else {
                p += ws.sqrtR[m] * ws.sqrtA[m];
            }
        }
        double denom = asp.fMax() - aS;
        return denom > 0 ? p / denom : Double.NaN;
    }

    private static void fill(Asp asp, double[] a, double[] d, double[] r, double alpha, double beta,
            FollowerWorkspace ws) {
        double kappa = asp.kappa();
        double invAlpha = 1 / alpha;
        double invBeta = 1 / beta;
        ws.alphaFloor = Math.sqrt(asp.costF());
        ws.betaFloor = Math.sqrt(asp.costB());
        for (int m = 0; m < ws.size; m++) {
            double latencyTimesZ = ws.sqrtA[m] * alpha + ws.sqrtD[m] * beta;
            double need = latencyTimesZ / kappa;
            boolean c1 = need > ws.sqrtR[m];
            double z = c1 ? need : ws.sqrtR[m];
            ws.f[m] = z * ws.sqrtA[m] * invAlpha;
            ws.b[m] = z * ws.sqrtD[m] * invBeta;
            ws.nu[m] = c1 ? z * z - r[m] : 0;
            ws.onC1[m] = c1;
            // A/f + D/B = (sqrt(A) α + sqrt(D) β)/z; on C1 the deadline is met exactly (no rounding residue)
            ws.q[m] = c1 ? 0 : kappa - latencyTimesZ / z;
        }
        // exactly zero when the capacity is slack (α, β at the bare cost roots), never a rounding residue
        ws.lambda = alpha > Math.sqrt(asp.costF()) ? Math.max(0, alpha * alpha - asp.costF()) : 0;
        ws.rho = beta > Math.sqrt(asp.costB()) ? Math.max(0, beta * beta - asp.costB()) : 0;
        ws.finish(asp.costF(), asp.costB(), r);
        SingleRewardUpdate.record(asp, alpha, beta, ws);
    }
}
