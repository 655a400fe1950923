package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.ContractSolver;
import org.apache.commons.rng.UniformRandomProvider;

/** A solver used as a designer (the exact optimum as an oracle "policy"). */
public record OptimalContractDesigner(ContractSolver solver, MarketParams market) implements ContractDesigner {
    @Override
    public Contract design(NetworkState state, UniformRandomProvider rng) {
        return solver.solve(state, market);
    }
}
