package io.aigcnet.mechanism.contract.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.train.Rngs;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.experiment.TrainingStates;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractEnvTest {
    final ProsecutorGame game = new ProsecutorGame(ProsecutorParams.defaults());

    @Test
    void codecMapsTheUnitBoxOntoTheContractBoxAndBack() {
        ContractCodec c = ContractCodec.of(game.contractBox());
        assertThat(c.decode(new double[] {-1, 1})).containsExactly(0, 300);
        assertThat(c.decode(new double[] {0, -0.5})).containsExactly(500, 75);
        assertThat(c.decode(new double[] {7, -7})).containsExactly(1000, 0);   // clipped
        assertThat(c.encode(c.decode(new double[] {0.3, -0.2}))[0]).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void rewardIsTheClientUtilityWhenFeasibleAndThePenaltyOtherwise() {
        double[] ref = MarketState.reference().toVector();
        ContractEnv env = new ContractEnv(game, TrainingStates.prosecutorBox(), StateSource.cycle(List.of(ref)));
        double[] obs = env.reset(Rngs.seeded(1));
        assertThat(obs).hasSize(12);
        for (double x : obs) assertThat(x).isBetween(-1.0, 1.0);
        // mu_s = 0, F_s = 0: the MASP cannot reach U_th = 20, so IR fails
        Step s = env.step(new double[] {-1, -1});
        assertThat(s.terminated()).isTrue();
        assertThat(env.lastOutcome().ir()).isFalse();
        assertThat(s.reward()).isEqualTo(-500);
        env.reset(Rngs.seeded(1));
        ContractCodec codec = env.codec();
        Step ok = env.step(codec.encode(new double[] {160, 0}));
        Outcome o = game.evaluate(ref, new double[] {160, 0});
        assertThat(o.ir() && o.ic()).isTrue();
        assertThat(ok.reward()).isCloseTo(o.principalUtility(), within(1e-9));
    }

    @Test
    void sampledStatesAreValidAndInsideTheBox() {
        StateBox box = TrainingStates.prosecutorBox();
        var rng = Rngs.seeded(7);
        for (int i = 0; i < 200; i++) {
            double[] e = box.sample(rng);
            game.validateState(e);
            assertThat(box.contains(e)).isTrue();
        }
        for (double[] e : TrainingStates.prosecutorStates()) assertThat(box.contains(e)).isTrue();
        for (double[] e : TrainingStates.surveyStates()) assertThat(TrainingStates.surveyBox().contains(e)).isTrue();
    }
}
