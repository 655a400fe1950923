package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Test reward of a designer over a fixed set of states: the mean eq. (13) reward, the share of
 * menus that meet IR and IC, and the mean regret against a reference designer's reward on the
 * same states.
 */
public record DesignerEvaluation(double meanReward, double feasibleFraction, double meanRegret, int states) {

    public static DesignerEvaluation of(ContractDesigner designer, List<NetworkState> testStates, ContractReward reward,
                                        double[] referenceRewards, UniformRandomProvider rng) {
        if (testStates.isEmpty()) throw new IllegalArgumentException("need at least one test state");
        if (referenceRewards != null && referenceRewards.length != testStates.size())
            throw new IllegalArgumentException("reference rewards must match the test states");
        double sum = 0, regret = 0;
        int feasible = 0;
        for (int i = 0; i < testStates.size(); i++) {
            NetworkState s = testStates.get(i);
            Contract c = designer.design(s, rng);
            ContractReward.Outcome o = reward.evaluate(s, c);
            sum += o.reward();
            if (o.feasible()) feasible++;
            if (referenceRewards != null) regret += referenceRewards[i] - o.reward();
        }
        int n = testStates.size();
        return new DesignerEvaluation(sum / n, (double) feasible / n, referenceRewards == null ? Double.NaN : regret / n, n);
    }

    /** Eq. (13) rewards of a designer on each state (for use as a reference). */
    public static double[] rewards(ContractDesigner designer, List<NetworkState> testStates, ContractReward reward,
                                   UniformRandomProvider rng) {
        double[] out = new double[testStates.size()];
        for (int i = 0; i < out.length; i++) out[i] = reward.reward(testStates.get(i), designer.design(testStates.get(i), rng));
        return out;
    }
}
