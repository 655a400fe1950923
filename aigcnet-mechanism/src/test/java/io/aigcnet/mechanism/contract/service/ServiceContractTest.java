package io.aigcnet.mechanism.contract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.mechanism.contract.agent.ContractTraining;
import io.aigcnet.mechanism.contract.agent.LearnerKind;
import io.aigcnet.mechanism.contract.agent.LearnerSettings;
import io.aigcnet.mechanism.contract.agent.PolicyCheckpoint;
import io.aigcnet.mechanism.contract.env.StateBox;
import io.aigcnet.mechanism.contract.env.StateSource;
import io.aigcnet.mechanism.contract.experiment.TrainingStates;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.MaspAction;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorContractSolver;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceContractTest {
    final MarketState ref = MarketState.reference();
    final ProsecutorParams params = ProsecutorParams.defaults();

    @Test
    void fixedAndOptimalOffers() {
        PaymentContract c = new PaymentContract(150, 10);
        assertThat(new FixedServiceContract(c).offer(ref)).isEqualTo(c);
        assertThat(new FixedServiceContract(c).describe()).contains("150.00");
        PaymentContract opt = new OptimalServiceContract(params).offer(ref);
        assertThat(opt).isEqualTo(ProsecutorContractSolver.solve(new PaymentModel(ref, params)).contract());
    }

    @Test
    void settlementPaysEq13WithTheMeasuredOs2a() {
        PaymentModel m = new PaymentModel(ref, params);
        PaymentContract c = new PaymentContract(150, 10);
        Settlement s = Settlement.of(m, c, new MaspAction(12, 1.0), 0.62);
        assertThat(s.fee()).isCloseTo(10 + 150 * 0.62, within(1e-12));
        // eq. (15): fee − 25·1.0/ζ(3) − r(10)·12·S_p/b(0.15)
        assertThat(s.maspUtility()).isCloseTo(103 - 25.0 / 3 - 10 * 12 * 0.15, within(1e-9));
        assertThat(s.clientUtility()).isCloseTo(1.2 * 500 * 0.62 / 0.6 - 103, within(1e-9));
        assertThatThrownBy(() -> Settlement.of(m, c, new MaspAction(12, 1.0), 1.5)).hasMessageContaining("OS2A");
    }

    @Test
    void aTrainedPolicySurvivesItsCheckpoint(@TempDir Path dir) throws Exception {
        LearnerSettings s = new LearnerSettings(40, 40, 1, 3, 16, 16, 8, 1e-3, 1e-3, 1e-3, 0.1, 2, 8, 2, 8, 1e-3, -0.5);
        StateBox box = TrainingStates.prosecutorBox();
        ProsecutorGame game = new ProsecutorGame(params);
        Path file = dir.resolve("diffusion.ckpt");
        try (ContractTraining.Trained t = ContractTraining.train(LearnerKind.DIFFUSION, game, box, StateSource.random(box),
                List.of(ref.toVector()), s, 40, 5, Progress.NONE)) {
            PolicyCheckpoint.save(file, t.designer(), new PolicyCheckpoint.Spec(LearnerKind.DIFFUSION, s, box.low(), box.high(), box.integer(),
                    game.contractBox()[0], game.contractBox()[1], 5));
        }
        try (LearnedServiceContract learned = LearnedServiceContract.load(file)) {
            PaymentContract c = learned.offer(ref);
            assertThat(c.bonusRate()).isBetween(0.0, params.bonusMax());
            assertThat(c.fixedFee()).isBetween(0.0, params.fixedMax());
            assertThat(learned.describe()).contains("diffusion.ckpt");
            // the reloaded tensors are the saved ones: saving them again gives the same bytes
            Path again = dir.resolve("again.ckpt");
            PolicyCheckpoint.save(again, (io.aigcnet.mechanism.contract.agent.PolicyDesigner) designerOf(learned),
                    new PolicyCheckpoint.Spec(LearnerKind.DIFFUSION, s, box.low(), box.high(), box.integer(), game.contractBox()[0],
                            game.contractBox()[1], 5));
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        }
        assertThatThrownBy(() -> LearnedServiceContract.load(dir.resolve("missing.ckpt"))).hasMessageContaining("missing.ckpt");
    }

    private static Object designerOf(LearnedServiceContract l) throws Exception {
        var f = LearnedServiceContract.class.getDeclaredField("designer");
        f.setAccessible(true);
        return f.get(l);
    }
}
