package io.aigcnet.mechanism.datasharing.model;

/**
 * Everything the paper reports about one menu in one state: U_B (eq. 7), each type's utility
 * (eq. 6), the Q-weighted average device utility, and the IR/IC verdict (eqs. 8-9).
 */
public record ContractEvaluation(Contract contract, double bsUtility, double[] deviceUtility,
                                 double averageDeviceUtility, Feasibility feasibility) {

    public ContractEvaluation {
        deviceUtility = deviceUtility.clone();
    }

    @Override public double[] deviceUtility() { return deviceUtility.clone(); }

    public boolean feasible() {
        return feasibility.feasible();
    }

    public static ContractEvaluation of(Contract c, NetworkState s, MarketParams market, IncentiveConstraints constraints) {
        return new ContractEvaluation(c, Utilities.bsUtility(c, s, market), Utilities.deviceUtilities(c, s),
                Utilities.averageDeviceUtility(c, s), constraints.check(c, s));
    }
}
