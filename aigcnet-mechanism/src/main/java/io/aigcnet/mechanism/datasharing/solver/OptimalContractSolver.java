package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum of eq. (10) under information asymmetry, for any K.
 *
 * <p>With types sorted so that phi_1 &le; ... &le; phi_K, the standard reduction keeps only the IR
 * of type 1 and the local downward IC constraints, all binding: r_1 = f_1/phi_1 and
 * r_k = r_{k-1} + (f_k - f_{k-1})/phi_k. Substituting turns the expected payment into
 * sum_k c_k f_k with information-rent-adjusted costs c_k (see {@link #virtualCosts}), and U_B/M
 * separates into per-type concave problems beta Q_k ln X(f_k) - c_k f_k. When their maximisers
 * are not non-decreasing in k (only possible for K &ge; 3), adjacent types are pooled
 * (pool-adjacent-violators): a pool shares one f that maximises the sum of its members'
 * objectives, which is again of the same concave form. Monotone f with binding local downward IC
 * implies every IC and IR constraint, so the result is feasible and optimal on the frequency
 * bounds.
 */
public final class OptimalContractSolver implements ContractSolver {

    private final FrequencyBounds bounds;

    public OptimalContractSolver(FrequencyBounds bounds) {
        this.bounds = bounds;
    }

    public OptimalContractSolver() {
        this(FrequencyBounds.DEFAULT);
    }

    // Spec §2.9 (derived, not in the paper): c_k = Q_k/phi_k + (1/phi_k - 1/phi_{k+1}) * sum_{j>k} Q_j, phi ascending
    static double[] virtualCosts(double[] qSorted, double[] phiSorted) {
        int n = qSorted.length;
        double[] c = new double[n];
        double tail = 0; // S_{k+1} = sum_{j>k} Q_j
        for (int k = n - 1; k >= 0; k--) {
            double rent = k == n - 1 ? 0 : (1.0 / phiSorted[k] - 1.0 / phiSorted[k + 1]) * tail;
            c[k] = qSorted[k] / phiSorted[k] + rent;
            tail += qSorted[k];
        }
        return c;
    }

    // Spec §2.9: binding IR of type 1 and binding local downward IC, r_k = sum_{i<=k} (f_i - f_{i-1}) / phi_i
    static double[] bindingRewards(double[] fSorted, double[] phiSorted) {
        double[] r = new double[fSorted.length];
        double prevF = 0, prevR = 0;
        for (int k = 0; k < fSorted.length; k++) {
            r[k] = prevR + (fSorted[k] - prevF) / phiSorted[k];
            prevF = fSorted[k];
            prevR = r[k];
        }
        return r;
    }

    @Override
    public Contract solve(NetworkState state, MarketParams market) {
        int n = state.types();
        int[] order = TypeOrder.ascendingPhi(state);
        double[] q = new double[n], phi = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = state.q(order[i]);
            phi[i] = state.phi(order[i]);
        }
        double[] c = virtualCosts(q, phi);
        TypeProblem problem = new TypeProblem(state.quality(market), bounds);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = market.beta() * q[i];
        double[] f = ironedFrequencies(problem, w, c);
        double[] r = bindingRewards(f, phi);
        double[] fOut = new double[n], rOut = new double[n];
        for (int i = 0; i < n; i++) {
            fOut[order[i]] = f[i];
            rOut[order[i]] = r[i];
        }
        return new Contract(fOut, rOut);
    }

    /** Pool-adjacent-violators over the per-type maximisers, so that f is non-decreasing in the type. */
    static double[] ironedFrequencies(TypeProblem problem, double[] weight, double[] cost) {
        record Pool(int from, int to, double weight, double cost, double f) {}
        List<Pool> pools = new ArrayList<>();
        for (int k = 0; k < weight.length; k++) {
            Pool p = new Pool(k, k, weight[k], cost[k], problem.argmax(weight[k], cost[k]));
            while (!pools.isEmpty() && pools.get(pools.size() - 1).f() > p.f()) {
                Pool prev = pools.remove(pools.size() - 1);
                double w = prev.weight() + p.weight(), c = prev.cost() + p.cost();
                p = new Pool(prev.from(), p.to(), w, c, problem.argmax(w, c));
            }
            pools.add(p);
        }
        double[] f = new double[weight.length];
        for (Pool p : pools) for (int k = p.from(); k <= p.to(); k++) f[k] = p.f();
        return f;
    }

    /** True when the unpooled per-type maximisers are not non-decreasing in phi, so ironing (pooling) is needed. */
    public boolean needsIroning(NetworkState state, MarketParams market) {
        int n = state.types();
        int[] order = TypeOrder.ascendingPhi(state);
        double[] q = new double[n], phi = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = state.q(order[i]);
            phi[i] = state.phi(order[i]);
        }
        double[] c = virtualCosts(q, phi);
        TypeProblem problem = new TypeProblem(state.quality(market), bounds);
        double prev = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double f = problem.argmax(market.beta() * q[i], c[i]);
            if (f < prev) return true;
            prev = f;
        }
        return false;
    }
}
