package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;

/**
 * The complete-information benchmark (spec §2.9): the BS sees each device's type, so it only needs
 * IR and pays each type its cost exactly, r_k = f_k/phi_k, with f_k maximising
 * beta ln X(f) - f/phi_k. Every device keeps zero utility. The menu generally violates IC, so it is
 * an upper bound on U_B, not a feasible answer under asymmetry.
 */
public final class CompleteInformationSolver implements ContractSolver {

    private final FrequencyBounds bounds;

    public CompleteInformationSolver(FrequencyBounds bounds) {
        this.bounds = bounds;
    }

    public CompleteInformationSolver() {
        this(FrequencyBounds.DEFAULT);
    }

    @Override
    public Contract solve(NetworkState state, MarketParams market) {
        TypeProblem problem = new TypeProblem(state.quality(market), bounds);
        int n = state.types();
        double[] f = new double[n], r = new double[n];
        for (int k = 0; k < n; k++) {
            // per device of type k: beta ln X - f/phi_k; Q_k scales both terms, so it drops out
            f[k] = problem.argmax(market.beta(), 1.0 / state.phi(k));
            r[k] = f[k] / state.phi(k);
        }
        return new Contract(f, r);
    }
}
