package io.aigcnet.mechanism.datasharing.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RandomContractDesignerTest {

    /**
     * Reference: an independent NumPy Monte Carlo with 2e6 draws
     * (src/test/resources/datasharing/random_baseline.py): per-type 2.59% feasible, mean reward
     * -430.07; pooled 85.2% feasible, mean reward 1798.1. Tolerances are about 4 standard errors
     * of our 40,000 draws.
     */
    @Test
    void perTypeAndPooledReadingsMatchAnIndependentMonteCarlo() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(21);
        List<NetworkState> states = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) states.add(StateDistribution.paper().sample(rng));
        ContractReward reward = ContractReward.paper(MarketParams.PAPER);
        ActionCodec codec = ActionCodec.standard(2);
        DesignerEvaluation perType = DesignerEvaluation.of(RandomContractDesigner.perType(codec), states, reward, null, rng);
        DesignerEvaluation pooled = DesignerEvaluation.of(RandomContractDesigner.pooled(codec), states, reward, null, rng);
        assertThat(perType.feasibleFraction()).isCloseTo(0.0259, within(0.0032));
        assertThat(perType.meanReward()).isCloseTo(-430.07, within(18.0));
        assertThat(pooled.feasibleFraction()).isCloseTo(0.8517, within(0.0072));
        assertThat(pooled.meanReward()).isCloseTo(1798.1, within(30.0));
    }
}
