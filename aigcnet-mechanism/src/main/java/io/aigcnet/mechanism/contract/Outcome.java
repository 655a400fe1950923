package io.aigcnet.mechanism.contract;

import java.util.Arrays;

/**
 * A contract, the agent's response to it, both utilities and the two constraints.
 *
 * @param contract         the contract items (model order, e.g. {μ_s, F_s})
 * @param response         the agent's action (e.g. {c̄, F_e})
 * @param principalUtility U_C or U_SIR
 * @param agentUtility     U_SP or U_SIP at the response
 * @param ir               the agent's utility reaches its threshold
 * @param ic               no deviation of the agent gains more than the tolerance over the response
 */
public record Outcome(double[] contract, double[] response, double principalUtility, double agentUtility, boolean ir, boolean ic) {
    public Outcome {
        contract = contract.clone();
        response = response.clone();
    }

    @Override public double[] contract() { return contract.clone(); }

    @Override public double[] response() { return response.clone(); }

    public boolean feasible() { return ir && ic; }

    @Override public String toString() {
        return "Outcome[contract=" + Arrays.toString(contract) + ", response=" + Arrays.toString(response) + ", U_principal="
                + principalUtility + ", U_agent=" + agentUtility + ", ir=" + ir + ", ic=" + ic + "]";
    }
}
