package io.aigcnet.mechanism.datasharing.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.mechanism.datasharing.env.ContractDesignEnv;
import io.aigcnet.mechanism.datasharing.experiment.DataSharingSetup;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PpoContractTrainerTest {

    static final DataSharingSetup SETUP = DataSharingSetup.paper();

    @Test
    void paperHyperparametersReachTheLearnModule() {
        PpoConfig c = PpoSettings.paper().toPpoConfig();
        assertThat(c.rolloutSteps()).isEqualTo(512);   // Z = N
        assertThat(c.minibatchSize()).isEqualTo(512);  // N (paper)
        assertThat(c.gamma()).isEqualTo(0.95);         // paper
        assertThat(c.learningRate()).isEqualTo(1e-4);  // paper, actor and critic
        assertThat(c.gaeLambda()).isEqualTo(1.0);      // eq. (15)
        assertThat(c.entropyCoef()).isZero();          // no entropy term in eq. (20)
        assertThat(c.numEnvs()).isEqualTo(1);
        assertThat(c.annealLr()).isFalse();
    }

    static PpoSettings small(int z) {
        PpoSettings p = PpoSettings.paper();
        return new PpoSettings(3, 3, z, z, 2, p.gamma(), p.gaeLambda(), p.clipEps(), p.valueCoef(), p.entropyCoef(),
                p.learningRate(), p.maxGradNorm(), new int[] {16, 16}, p.initLogStd(), true, true);
    }

    List<double[]> trace(long seed) {
        RngStreams s = RngStreams.of(seed);
        ContractDesignEnv env = new ContractDesignEnv(SETUP.distribution(), SETUP.codec(), SETUP.reward(), 64);
        List<double[]> out = new ArrayList<>();
        try (PpoContractDesigner d = new PpoContractTrainer(small(64)).train(env, 3, s.stream("init"), s.stream("env"),
                s.stream("actions"), s.stream("minibatch"), (e, des, st) -> out.add(new double[] {e, st.meanTrainReward(),
                st.feasibleFraction(), st.update().policyLoss()}))) {
            Contract c = d.design(NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12"), null);
            out.add(new double[] {c.f(0), c.f(1), c.r(0), c.r(1)});
            assertThat(env.totalSteps()).isEqualTo(3 * 64);
        }
        return out;
    }

    @Test
    void oneUpdatePerEpisodeAndSameSeedSameRun() {
        List<double[]> a = trace(312), b = trace(312), c = trace(1);
        assertThat(a).hasSize(4);
        for (int i = 0; i < a.size(); i++) assertThat(a.get(i)).containsExactly(b.get(i));
        assertThat(a.get(3)).isNotEqualTo(c.get(3));
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(i)[0]).isEqualTo(i + 1);
            assertThat(a.get(i)[1]).isBetween(-500.0, 2750.0);
        }
        double[] menu = a.get(3);
        for (int k = 0; k < 2; k++) assertThat(menu[k]).isBetween(0.001, 1.0);
    }

    @Test
    void rejectsASchedulerThatNeverUpdates() {
        PpoSettings p = PpoSettings.paper();
        PpoSettings bad = new PpoSettings(1, 1, 600, 512, 1, p.gamma(), p.gaeLambda(), p.clipEps(), p.valueCoef(), p.entropyCoef(),
                p.learningRate(), p.maxGradNorm(), p.hidden(), p.initLogStd(), true, true);
        assertThatThrownBy(() -> new PpoContractTrainer(bad)).hasMessageContaining("multiple of the batch size");
    }
}
