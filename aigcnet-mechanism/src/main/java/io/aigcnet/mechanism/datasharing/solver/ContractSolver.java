package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;

/** Designs a contract menu for one network state. Items are returned in the state's type order. */
public interface ContractSolver {
    Contract solve(NetworkState state, MarketParams market);
}
