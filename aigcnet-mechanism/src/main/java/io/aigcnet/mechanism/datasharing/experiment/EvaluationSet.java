package io.aigcnet.mechanism.datasharing.experiment;

import io.aigcnet.mechanism.datasharing.env.ContractReward;
import io.aigcnet.mechanism.datasharing.env.DesignerEvaluation;
import io.aigcnet.mechanism.datasharing.env.OptimalContractDesigner;
import io.aigcnet.mechanism.datasharing.env.RandomContractDesigner;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.OptimalContractSolver;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fixed test states with the exact optimum's reward on each, and the Random baselines measured on
 * them: the common yardstick of the learning-curve experiments.
 */
record EvaluationSet(List<NetworkState> states, double[] optimalRewards, double optimalMean, DesignerEvaluation randomPerType,
                     DesignerEvaluation randomPooled) {

    static EvaluationSet create(DataSharingSetup setup, int testStates, int randomPasses, UniformRandomProvider stateRng,
                                UniformRandomProvider randomRng) {
        List<NetworkState> states = new ArrayList<>(testStates);
        for (int i = 0; i < testStates; i++) states.add(setup.distribution().sample(stateRng));
        ContractReward reward = setup.reward();
        OptimalContractDesigner optimal = new OptimalContractDesigner(new OptimalContractSolver(setup.frequencyBounds()), setup.market());
        double[] opt = DesignerEvaluation.rewards(optimal, states, reward, randomRng);
        double mean = 0;
        for (double o : opt) mean += o;
        mean /= opt.length;
        List<NetworkState> repeated = new ArrayList<>();
        double[] optRepeated = new double[testStates * randomPasses];
        for (int p = 0; p < randomPasses; p++) {
            repeated.addAll(states);
            System.arraycopy(opt, 0, optRepeated, p * testStates, testStates);
        }
        DesignerEvaluation perType = DesignerEvaluation.of(RandomContractDesigner.perType(setup.codec()), repeated, reward,
                optRepeated, randomRng);
        DesignerEvaluation pooled = DesignerEvaluation.of(RandomContractDesigner.pooled(setup.codec()), repeated, reward,
                optRepeated, randomRng);
        return new EvaluationSet(List.copyOf(states), opt, mean, perType, pooled);
    }
}
