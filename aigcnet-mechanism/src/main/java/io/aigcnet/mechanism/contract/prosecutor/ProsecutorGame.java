package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.Outcome;
import java.util.List;

/** ProSecutor's payment contract as a {@link ContractGame}: contract {μ_s, F_s}, response {c̄, F_e}. */
public final class ProsecutorGame implements ContractGame {
    private final ProsecutorParams params;

    public ProsecutorGame(ProsecutorParams params) {
        params.validate("");
        this.params = params;
    }

    public ProsecutorParams params() { return params; }

    @Override public String name() { return "prosecutor"; }

    @Override public List<String> stateNames() { return MarketState.NAMES; }

    @Override public List<String> contractNames() { return List.of("mu_s", "F_s"); }

    @Override public List<String> responseNames() { return List.of("c_bar", "F_e"); }

    @Override public double[][] contractBox() {
        return new double[][] {{0, 0}, {params.bonusMax(), params.fixedMax()}};
    }

    @Override public void validateState(double[] state) {
        MarketState.of(state);
    }

    public PaymentModel model(double[] state) {
        return new PaymentModel(MarketState.of(state), params);
    }

    @Override public Outcome evaluate(double[] state, double[] contract) {
        return evaluate(model(state), new PaymentContract(contract[0], contract[1]));
    }

    /** The MASP's best response to c, the utilities, and IR/IC checked by {@link ProsecutorIncentives}. */
    public Outcome evaluate(PaymentModel m, PaymentContract c) {
        MaspBestResponse.Response r = MaspBestResponse.of(m, c);
        boolean ir = ProsecutorIncentives.individuallyRational(m, c, r.action());
        boolean ic = ProsecutorIncentives.incentiveCompatible(m, c, r.action());
        return new Outcome(c.toVector(), r.action().toVector(), m.clientUtility(c, r.os2a()), r.utility(), ir, ic);
    }

    @Override public Outcome solve(double[] state) {
        PaymentModel m = model(state);
        ProsecutorContractSolver.Solution s = ProsecutorContractSolver.solve(m);
        return evaluate(m, s.contract());
    }

    @Override public double penalty() { return params.penalty(); }
}
