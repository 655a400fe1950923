package io.aigcnet.mechanism.contract.survey;

import java.util.Optional;

/**
 * The first-best oracle for an unconstrained fixed payment: IR binds, so c_f = U_th − c_q·Q_s(P*) + c_p·P*, and
 * U_SIR = c_s·Q_s(P*) − c_p·P* − U_th is largest when the SIP's best response is the first-best power, which
 * c_q = c_s achieves. Hence U_SIR_opt(e) = max_P [c_s·Q_s(P) − c_p·P] − U_th. It applies only when c_s lies in
 * the c_q box and the implied c_f lies in [fixed_min, fixed_max]; otherwise the box binds and only the nested
 * solver is exact.
 */
public final class AnalyticOracle {
    private AnalyticOracle() {}

    public static Optional<SurveyContractSolver.Solution> solve(SharingLink link) {
        SurveyParams p = link.params();
        double cs = link.state().gainPerQos();
        if (cs > p.qosPriceMax()) return Optional.empty();
        SipBestResponse.Response firstBest = SipBestResponse.of(link, new SemanticContract(cs, 0));
        double fixed = p.agentThreshold() - firstBest.utility();
        if (fixed < p.fixedMin() || fixed > p.fixedMax()) return Optional.empty();
        SemanticContract c = new SemanticContract(cs, fixed);
        return Optional.of(new SurveyContractSolver.Solution(c, firstBest, firstBest.utility() - p.agentThreshold(), true));
    }
}
