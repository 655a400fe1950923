package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.model.QualityOfData;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An oracle for eq. (10) that uses none of the contract-theory reduction: for each frequency
 * vector on a grid it finds the cheapest rewards satisfying every IR and IC constraint with a
 * general LP solver (Commons Math simplex), and keeps the frequency vector with the highest U_B.
 * The grid is refined three times around the incumbent (coarse-to-fine search).
 */
final class BruteForceOracle {

    record Result(double[] f, double[] r, double ub) {}

    private BruteForceOracle() {}

    /** Minimum expected payment sum Q_k r_k subject to eqs. (8), (9) and r &ge; 0; null if infeasible. */
    static double[] cheapestRewards(double[] f, NetworkState s) {
        int n = s.types();
        List<LinearConstraint> cons = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double[] a = new double[n];
            a[k] = 1;
            cons.add(new LinearConstraint(a, Relationship.GEQ, f[k] / s.phi(k)));           // IR (8)
            for (int j = 0; j < n; j++) {
                if (j == k) continue;
                double[] b = new double[n];
                b[k] += 1;
                b[j] -= 1;
                cons.add(new LinearConstraint(b, Relationship.GEQ, (f[k] - f[j]) / s.phi(k))); // IC (9)
            }
        }
        try {
            PointValuePair p = new SimplexSolver(1e-12, 10, 1e-15).optimize(new MaxIter(1000),
                    new LinearObjectiveFunction(s.q(), 0), new LinearConstraintSet(cons), GoalType.MINIMIZE,
                    new NonNegativeConstraint(true));
            return p.getPoint();
        } catch (NoFeasibleSolutionException e) {
            return null;
        }
    }

    static double ubOf(double[] f, double[] r, NetworkState s, MarketParams m) {
        QualityOfData q = s.quality(m);
        double sum = 0;
        for (int k = 0; k < f.length; k++) sum += s.q(k) * (m.beta() * q.qodOfFrequency(f[k]) - r[k]);
        return s.devices() * sum;
    }

    static Result search(NetworkState s, MarketParams m, double fMin, int pointsPerAxis, int refinements) {
        int n = s.types();
        double[] lo = new double[n], hi = new double[n];
        java.util.Arrays.fill(lo, fMin);
        java.util.Arrays.fill(hi, 1.0);
        Result best = null;
        for (int round = 0; round <= refinements; round++) {
            double[] f = new double[n];
            int[] idx = new int[n];
            int total = (int) Math.pow(pointsPerAxis, n);
            for (int cell = 0; cell < total; cell++) {
                int rem = cell;
                for (int k = 0; k < n; k++) {
                    idx[k] = rem % pointsPerAxis;
                    rem /= pointsPerAxis;
                    f[k] = lo[k] + (hi[k] - lo[k]) * idx[k] / (pointsPerAxis - 1);
                }
                double[] r = cheapestRewards(f, s);
                if (r == null) continue;
                double ub = ubOf(f, r, s, m);
                if (best == null || ub > best.ub()) best = new Result(f.clone(), r, ub);
            }
            for (int k = 0; k < n; k++) {
                double step = (hi[k] - lo[k]) / (pointsPerAxis - 1);
                lo[k] = Math.max(fMin, best.f()[k] - 2 * step);
                hi[k] = Math.min(1.0, best.f()[k] + 2 * step);
            }
        }
        return best;
    }

    static Contract contract(Result r) {
        return new Contract(r.f(), r.r());
    }
}
