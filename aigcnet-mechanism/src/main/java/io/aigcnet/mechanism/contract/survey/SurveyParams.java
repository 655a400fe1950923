package io.aigcnet.mechanism.contract.survey;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;

/**
 * Constants of the survey's contract model that no source states (docs/decisions.md). Config names are snake_case.
 *
 * @param semanticEffect M_k in [0, 1], effect of SuperPoint/SuperGlue matching on QoS
 * @param powerMax       P_max, the SIP's largest transmit power (W); P_k in [0, P_max]
 * @param rateReference  R_ref (bit/s/Hz): T(R) = min(1, R/R_ref)
 * @param agentThreshold U_th^SIP of IR
 * @param qosPriceMax    largest c_q of the contract box (c_q >= 0)
 * @param fixedMin       smallest c_f of the contract box
 * @param fixedMax       largest c_f of the contract box
 * @param penalty        reward of a contract violating IR or IC
 * @param fadingNodes    equal-probability quadrature nodes of the α-μ fading power
 * @param responseGrid   grid points in P_k of the SIP's best response before refinement
 * @param contractGrid   grid points in c_q of the exact solver before refinement
 * @param deviationGrid  grid points in P_k of the IC check
 * @param tolerance      slack of the IR and IC checks
 */
public record SurveyParams(double semanticEffect, double powerMax, double rateReference, double agentThreshold, double qosPriceMax,
                           double fixedMin, double fixedMax, double penalty, int fadingNodes, int responseGrid, int contractGrid,
                           int deviationGrid, double tolerance) {

    public static SurveyParams defaults() {
        return new SurveyParams(0.9, 1.0, 10, 10, 500, 0, 50, -500, 32, 64, 201, 2001, 1e-6);
    }

    public void validate(String prefix) {
        Checks.range(prefix + "semantic_effect", semanticEffect, 0, 1);
        Checks.positive(prefix + "power_max", powerMax);
        Checks.positive(prefix + "rate_reference", rateReference);
        Checks.finite(prefix + "agent_threshold", agentThreshold);
        Checks.positive(prefix + "qos_price_max", qosPriceMax);
        Checks.finite(prefix + "fixed_min", fixedMin);
        if (!(fixedMax > fixedMin) || Double.isInfinite(fixedMax))
            throw ConfigException.field(prefix + "fixed_max", "must be finite and > fixed_min = " + fixedMin);
        Checks.finite(prefix + "penalty", penalty);
        Checks.range(prefix + "fading_nodes", fadingNodes, 1, 100_000);
        Checks.range(prefix + "response_grid", responseGrid, 2, 100_000);
        Checks.range(prefix + "contract_grid", contractGrid, 2, 1_000_000);
        Checks.range(prefix + "deviation_grid", deviationGrid, 2, 1_000_000);
        Checks.range(prefix + "tolerance", tolerance, 0, 1e6);
    }

    public SurveyParams withFixedRange(double min, double max) {
        return new SurveyParams(semanticEffect, powerMax, rateReference, agentThreshold, qosPriceMax, min, max, penalty, fadingNodes,
                responseGrid, contractGrid, deviationGrid, tolerance);
    }

    public SurveyParams withAgentThreshold(double threshold) {
        return new SurveyParams(semanticEffect, powerMax, rateReference, threshold, qosPriceMax, fixedMin, fixedMax, penalty, fadingNodes,
                responseGrid, contractGrid, deviationGrid, tolerance);
    }
}
