package io.aigcnet.mechanism.contract;

import java.util.List;

/**
 * A single-principal, single-agent moral-hazard contract game over a flat environment state e, as the
 * solvers, the learning environment and the CLI see it. The principal offers a two-item contract; the agent
 * answers with its best response (the IC constraint as an inner argmax); IR asks the agent's utility at that
 * response to reach its threshold.
 */
public interface ContractGame {

    /** Short model name ("prosecutor", "survey"). */
    String name();

    /** Names of the state components, in vector order. */
    List<String> stateNames();

    /** Names of the contract items, in vector order. */
    List<String> contractNames();

    /** Names of the agent's hidden decision variables, in vector order. */
    List<String> responseNames();

    /** The contract box {low, high} a designer may choose from (learners decode into it). */
    double[][] contractBox();

    /** Throws {@link IllegalArgumentException} naming the component and its allowed range when e is invalid. */
    void validateState(double[] state);

    /** The agent's best response to {@code contract} in state e, both utilities and the IR/IC verdicts. */
    Outcome evaluate(double[] state, double[] contract);

    /** The exact optimal contract (nested maximisation) with its outcome. */
    Outcome solve(double[] state);

    /** Reward of a contract that violates IR or IC (ProSecutor Sec. VI-B: −500). */
    double penalty();

    /** The learner's reward: the principal's utility when IR and IC hold, the penalty otherwise. */
    default double reward(Outcome o) {
        return o.ir() && o.ic() ? o.principalUtility() : penalty();
    }
}
