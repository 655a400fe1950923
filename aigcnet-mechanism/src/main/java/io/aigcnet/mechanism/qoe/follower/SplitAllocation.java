package io.aigcnet.mechanism.qoe.follower;

import io.aigcnet.mechanism.qoe.model.Asp;

/**
 * The follower of the OnlyF and OnlyB baselines (seed 003 Sec. VI-C): one resource is split
 * equally (B_m = B^max/M, resp. f_m = f^max/M) and only the other is optimised — the 1-D
 * version of the §7.4 solver. With the fixed resource, C1 reads w_m/x_m ≤ κ'_m where
 * κ'_m = κ − (fixed latency of m), so x_m = max(sqrt(R_m w_m/(c + μ)), w_m/κ'_m) and the single
 * capacity multiplier μ solves Σ x = cap by the same safeguarded piecewise root. M is the number
 * of users in the market even when the provider declines some ({@link Participation}): a declined
 * user's share stays idle. (Splitting among the served users instead makes joining a coordination
 * problem — the first user served would pay for the whole capacity — and on the Fig. 7 sweep some
 * providers then served nobody.)
 */
public final class SplitAllocation implements FollowerPolicy {

    /** Which resource the provider optimises; the other is split equally. */
    public enum Optimised { COMPUTE, BANDWIDTH }

    private final Optimised optimised;

    public SplitAllocation(Optimised optimised) {
        this.optimised = optimised;
    }

    public Optimised optimised() {
        return optimised;
    }

    @Override
    public void checkFeasible(Asp asp, double[] a, double[] d, int aspIndex) {
        int size = a.length;
        double need = 0;
        for (int m = 0; m < size; m++) {
            double slackLatency = residualKappa(asp, a, d, m, size);
            if (!(slackLatency > 0)) {
                throw new InfeasibleInstanceException(String.format(
                        "pairs[%d][%d]: with the equal split of %s (%s) the deadline kappa_ms = %.6g "
                                + "cannot be met whatever the other resource", aspIndex, m,
                        optimised == Optimised.COMPUTE ? "bandwidth" : "compute",
                        optimised == Optimised.COMPUTE ? "OnlyF" : "OnlyB", asp.kappa()));
            }
            need += work(a, d, m) / slackLatency;
        }
        double cap = capacity(asp);
        if (need >= cap * (1 - Feasibility.MARGIN)) {
            throw new InfeasibleInstanceException(String.format(
                    "asps[%d]: under the equal split (%s) meeting every deadline needs %.6g of %s, capacity is %.6g",
                    aspIndex, optimised == Optimised.COMPUTE ? "OnlyF" : "OnlyB", need,
                    optimised == Optimised.COMPUTE ? "f_max" : "B_max", cap));
        }
    }

    @Override
    public void solveInto(Asp asp, double[] a, double[] d, double[] r, FollowerWorkspace ws) {
        int size = a.length;
        int split = ws.splitCount > 0 ? ws.splitCount : size;
        ws.ensure(size);
        ws.cachedA = null;
        ws.cachedD = null;
        double cap = capacity(asp);
        double unitCost = optimised == Optimised.COMPUTE ? asp.costF() : asp.costB();
        // sqrtA holds sqrt(w), sqrtD holds the floor w/κ' of the optimised resource
        for (int m = 0; m < size; m++) {
            ws.sqrtA[m] = Math.sqrt(work(a, d, m));
            ws.sqrtD[m] = work(a, d, m) / residualKappa(asp, a, d, m, split);
            ws.sqrtR[m] = Math.sqrt(r[m]);
        }
        double lo = Math.sqrt(unitCost);
        double hi = Double.POSITIVE_INFINITY;
        double x = lo;
        for (int iter = 0; iter < 200; iter++) {
            double numer = 0;
            double floor = 0;
            for (int m = 0; m < size; m++) {
                double interior = ws.sqrtR[m] * ws.sqrtA[m];
                if (interior / x < ws.sqrtD[m]) {
                    floor += ws.sqrtD[m];
                } else {
                    numer += interior;
                }
            }
            double g = numer / x + floor - cap;
            if (g <= JointAllocation.TOL * cap && (iter == 0 || g >= -JointAllocation.TOL * cap)) {
                break;
            }
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (hi < Double.POSITIVE_INFINITY && hi - lo <= 1e-15 * hi) {
                x = hi;
                break;
            }
            double next = cap > floor ? numer / (cap - floor) : Double.NaN;
            if (!(next > lo && next < hi) || iter > 30) {
                next = Double.isInfinite(hi) ? lo * 2 : 0.5 * (lo + hi);
            }
            x = next;
        }
        double price = x * x;
        for (int m = 0; m < size; m++) {
            double interior = ws.sqrtR[m] * ws.sqrtA[m] / x;
            boolean c1 = interior < ws.sqrtD[m];
            double opt = c1 ? ws.sqrtD[m] : interior;
            double fixed = optimised == Optimised.COMPUTE ? asp.bMax() / split : asp.fMax() / split;
            if (optimised == Optimised.COMPUTE) {
                ws.f[m] = opt;
                ws.b[m] = fixed;
            } else {
                ws.f[m] = fixed;
                ws.b[m] = opt;
            }
            // stationarity (R + ν) w / x² = c + μ gives ν on the C1-binding users
            ws.nu[m] = c1 ? price * opt * opt / (ws.sqrtA[m] * ws.sqrtA[m]) - r[m] : 0;
            ws.q[m] = c1 ? 0 : asp.kappa() - a[m] / ws.f[m] - d[m] / ws.b[m];
        }
        if (optimised == Optimised.COMPUTE) {
            ws.lambda = Math.max(0, price - asp.costF());
            ws.rho = 0;
        } else {
            ws.lambda = 0;
            ws.rho = Math.max(0, price - asp.costB());
        }
        ws.finish(asp.costF(), asp.costB(), r);
    }

    @Override
    public void solvePairAtCost(Asp asp, double a, double d, double r, int size, double[] out) {
        boolean compute = optimised == Optimised.COMPUTE;
        double w = compute ? a : d;
        double fixed = compute ? asp.bMax() / size : asp.fMax() / size;
        double residual = asp.kappa() - (compute ? d : a) / fixed;
        double interior = Math.sqrt(r * w / (compute ? asp.costF() : asp.costB()));
        double floor = w / residual;
        boolean c1 = interior < floor;
        double opt = c1 ? floor : interior;
        out[0] = compute ? opt : fixed;
        out[1] = compute ? fixed : opt;
        out[2] = c1 ? 0 : asp.kappa() - a / out[0] - d / out[1];
    }

    private double capacity(Asp asp) {
        return optimised == Optimised.COMPUTE ? asp.fMax() : asp.bMax();
    }

    private double work(double[] a, double[] d, int m) {
        return optimised == Optimised.COMPUTE ? a[m] : d[m];
    }

    /** κ minus the latency of the equally split resource. */
    private double residualKappa(Asp asp, double[] a, double[] d, int m, int size) {
        return optimised == Optimised.COMPUTE
                ? asp.kappa() - d[m] / (asp.bMax() / size)
                : asp.kappa() - a[m] / (asp.fMax() / size);
    }
}
