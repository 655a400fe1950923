package io.aigcnet.mechanism.contract.service;

import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorContractSolver;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;

/**
 * The exact optimal contract of ProSecutor eq. (16) for each round's market state (about 0.1 s per new state, so
 * the last state's contract is kept: consecutive rounds in an unchanged market reuse it).
 */
public final class OptimalServiceContract implements ServiceContract {
    private final ProsecutorParams params;
    private MarketState lastState;
    private PaymentContract lastContract;

    public OptimalServiceContract(ProsecutorParams params) {
        params.validate("");
        this.params = params;
    }

    @Override public synchronized PaymentContract offer(MarketState state) {
        if (!state.equals(lastState)) {
            lastContract = ProsecutorContractSolver.solve(new PaymentModel(state, params)).contract();
            lastState = state;
        }
        return lastContract;
    }

    @Override public String describe() {
        return "exact optimal contract (nested maximisation)";
    }
}
