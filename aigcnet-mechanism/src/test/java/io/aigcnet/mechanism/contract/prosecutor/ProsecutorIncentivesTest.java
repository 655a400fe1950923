package io.aigcnet.mechanism.contract.prosecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** IR and IC on hand cases of the one-class model of {@link PaymentModelTest}. */
class ProsecutorIncentivesTest {
    final PaymentModel m = new PaymentModel(PaymentModelTest.HAND, PaymentModelTest.ONE_CLASS);

    @Test
    void withoutABonusTheMaspInvestsTheMinimumAndIrDependsOnTheFixedFee() {
        // μ_s = 0: U_SP = F_s − 25·F_e/2 − 3·c̄·0.5, so the best response is c̄ = 1, F_e = 0 and U_SP = F_s − 1.5
        PaymentContract low = new PaymentContract(0, 10);
        MaspBestResponse.Response r = MaspBestResponse.of(m, low);
        assertThat(r.action().compute()).isCloseTo(1, within(1e-6));
        assertThat(r.action().channelFee()).isEqualTo(0);
        assertThat(r.utility()).isCloseTo(8.5, within(1e-6));
        assertThat(ProsecutorIncentives.individuallyRational(m, low, r.action())).isFalse();       // 8.5 < U_th = 20
        PaymentContract enough = new PaymentContract(0, 21.5);
        assertThat(ProsecutorIncentives.individuallyRational(m, enough, MaspBestResponse.of(m, enough).action())).isTrue(); // 20 >= 20
    }

    @Test
    void aRecommendedActionThatIsNotTheMaspsBestViolatesIc() {
        PaymentContract c = new PaymentContract(0, 50);
        assertThat(ProsecutorIncentives.incentiveCompatible(m, c, new MaspAction(40, 2))).isFalse();
        assertThat(ProsecutorIncentives.incentiveCompatible(m, c, new MaspAction(1, 0))).isTrue();
        // the IC verdict does not depend on IR: the same action with a tiny fixed fee is still IC
        assertThat(ProsecutorIncentives.incentiveCompatible(m, new PaymentContract(0, 0), new MaspAction(1, 0))).isTrue();
    }

    @Test
    void aBonusMovesTheBestResponseToTheStationaryPointOfEq15() {
        // one class: U_SP(c̄) = μ·0.5·(O(c̄) − oMin)/(oMax − oMin) + const − 1.5·c̄, O(c̄) = c̄/(D + K·c̄):
        // dU/dc̄ = 0 at μ·0.5·D/((D + K·c̄)²·(oMax − oMin)) = 1.5, solved by hand below
        PaymentContract c = new PaymentContract(400, 0);
        double k = m.channelLatency(0) + 0.5, d = 30;
        double[] b = m.objectiveBounds();
        double cbar = (Math.sqrt(400 * 0.5 * d / (1.5 * (b[1] - b[0]))) - d) / k;
        assertThat(MaspBestResponse.of(m, c).action().compute()).isCloseTo(cbar, within(1e-5));
    }
}
