package io.aigcnet.mechanism.contract.survey;

import io.aigcnet.mechanism.contract.search.GridRefine;

/**
 * The exact optimal contract by nested maximisation. c_f does not move P_k* and costs the SIR one for one, so for
 * a price c_q the SIR pays the smallest c_f in [fixed_min, fixed_max] that meets IR; the outer search over c_q in
 * [0, qos_price_max] is a grid plus golden-section refinement, each point solving the SIP's best response.
 */
public final class SurveyContractSolver {
    private SurveyContractSolver() {}

    public record Solution(SemanticContract contract, SipBestResponse.Response response, double receiverUtility, boolean feasible) {}

    /** The cheapest c_f meeting IR at price c_q, or NaN when fixed_max is not enough. */
    public static double cheapestFixed(SharingLink link, double qosPrice, SipBestResponse.Response atZero) {
        SurveyParams p = link.params();
        double needed = Math.max(p.fixedMin(), p.agentThreshold() - atZero.utility());
        return needed <= p.fixedMax() ? needed : Double.NaN;
    }

    static double valueOfPrice(SharingLink link, double qosPrice) {
        SipBestResponse.Response r = SipBestResponse.of(link, new SemanticContract(qosPrice, 0));
        double fixed = cheapestFixed(link, qosPrice, r);
        if (Double.isNaN(fixed)) return Double.NEGATIVE_INFINITY;
        return SharingUtilities.receiver(link, new SemanticContract(qosPrice, fixed), r.power());
    }

    public static Solution solve(SharingLink link) {
        SurveyParams p = link.params();
        GridRefine.Max best = GridRefine.maximise(cq -> valueOfPrice(link, cq), 0, p.qosPriceMax(), p.contractGrid(),
                1e-9 * p.qosPriceMax());
        SipBestResponse.Response atZero = SipBestResponse.of(link, new SemanticContract(best.x(), 0));
        double fixed = cheapestFixed(link, best.x(), atZero);
        boolean feasible = !Double.isNaN(fixed);
        SemanticContract c = new SemanticContract(best.x(), feasible ? fixed : p.fixedMax());
        SipBestResponse.Response r = SipBestResponse.of(link, c);
        return new Solution(c, r, SharingUtilities.receiver(link, c, r.power()), feasible);
    }
}
