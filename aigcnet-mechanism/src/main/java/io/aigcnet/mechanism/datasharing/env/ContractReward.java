package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.Feasibility;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.model.Utilities;
import io.aigcnet.mechanism.datasharing.model.Violation;
import java.util.List;

/**
 * The reward rule of eq. (13). A menu whose QoD is undefined for some type (eq. 4's log argument
 * &le; 0) is treated like an IR/IC failure and gets the penalty too: the BS cannot value it.
 */
public record ContractReward(MarketParams market, IncentiveConstraints constraints, double penalty) {

    /** U_p = -500 (paper, Sec. V). */
    public static final double PAPER_PENALTY = -500.0;

    public static ContractReward paper(MarketParams market) {
        return new ContractReward(market, IncentiveConstraints.standard(), PAPER_PENALTY);
    }

    public ContractReward {
        if (market == null || constraints == null) throw new IllegalArgumentException("market and constraints are required");
        if (!(penalty < 0) || Double.isInfinite(penalty))
            throw new IllegalArgumentException("penalty U_p must be a finite negative number, got " + penalty);
    }

    /** Reward with the verdict behind it. */
    public record Outcome(double reward, double bsUtility, Feasibility feasibility) {
        public boolean feasible() { return feasibility.feasible(); }
    }

    // Data-sharing paper eq. (13): R = U_B if the menu meets (8) and (9), else U_p
    public double reward(NetworkState state, Contract contract) {
        return evaluate(state, contract).reward();
    }

    public Outcome evaluate(NetworkState state, Contract contract) {
        Feasibility feas = constraints.check(contract, state);
        double ub = Utilities.bsUtility(contract, state, market);
        if (feas.feasible() && !Double.isFinite(ub))
            feas = new Feasibility(List.of(new Violation.OutOfBounds(0, "QoD undefined (eq. 4 log argument <= 0)", 0)));
        return new Outcome(feas.feasible() ? ub : penalty, ub, feas);
    }
}
