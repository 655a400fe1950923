package io.aigcnet.mechanism.contract.survey;

import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.Outcome;
import java.util.List;

/** The survey's semantic-sharing contract as a {@link ContractGame}: contract {c_q, c_f}, response {P_k}. */
public final class SurveyGame implements ContractGame {
    private final SurveyParams params;

    public SurveyGame(SurveyParams params) {
        params.validate("");
        this.params = params;
    }

    public SurveyParams params() { return params; }

    @Override public String name() { return "survey"; }

    @Override public List<String> stateNames() { return SharingState.NAMES; }

    @Override public List<String> contractNames() { return List.of("c_q", "c_f"); }

    @Override public List<String> responseNames() { return List.of("P_k"); }

    @Override public double[][] contractBox() {
        return new double[][] {{0, params.fixedMin()}, {params.qosPriceMax(), params.fixedMax()}};
    }

    @Override public void validateState(double[] state) {
        SharingState.of(state);
    }

    public SharingLink link(double[] state) {
        return new SharingLink(SharingState.of(state), params);
    }

    @Override public Outcome evaluate(double[] state, double[] contract) {
        return evaluate(link(state), new SemanticContract(contract[0], contract[1]));
    }

    public Outcome evaluate(SharingLink link, SemanticContract c) {
        SipBestResponse.Response r = SipBestResponse.of(link, c);
        boolean ir = SurveyIncentives.individuallyRational(link, c, r.power());
        boolean ic = SurveyIncentives.incentiveCompatible(link, c, r.power());
        return new Outcome(c.toVector(), new double[] {r.power()}, SharingUtilities.receiver(link, c, r.power()), r.utility(), ir, ic);
    }

    @Override public Outcome solve(double[] state) {
        SharingLink link = link(state);
        return evaluate(link, SurveyContractSolver.solve(link).contract());
    }

    @Override public double penalty() { return params.penalty(); }
}
