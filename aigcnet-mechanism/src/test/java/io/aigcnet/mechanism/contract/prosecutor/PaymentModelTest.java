package io.aigcnet.mechanism.contract.prosecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PaymentModelTest {

    /** One fee class and one-transaction blocks: the pool is M/M/1 with μ = λ, so 𝒯_q = E(ℒ)/Λ = (1 + E(ℒ))/λ by hand. */
    static final ProsecutorParams ONE_CLASS = ProsecutorParams.defaults().withFees(0, 2, 1);
    // S_p 2 MB, b 4 MB/s, D_t 30, S_b 1, M 8, k 2, p_b 0.5, E(L) 3, lambda 0.5, eps 0.2, r 3, zeta 2
    static final MarketState HAND = new MarketState(2, 4, 30, 1, 8, 2, 0.5, 3, 0.5, 0.2, 3, 2);

    @Test
    void latenciesAndOs2aMatchAHandComputation() {
        PaymentModel m = new PaymentModel(HAND, ONE_CLASS);
        double upload = 2.0 / 4;                                    // S_p/b
        double blockMb = (120 + 1 * 99) / 1e6;                      // header + one tx
        double broadcast = 3 * blockMb / (2 * 4 * 0.5);             // log2(8)·S_b/(k·b·p_b)
        double queue = (1 + 3) / 0.5;                               // M/M/1: (1 + E(L))/λ
        assertThat(m.classQueueing(0)).isCloseTo(queue, within(1e-9));
        assertThat(m.channelLatency(0)).isCloseTo(broadcast + queue, within(1e-12));
        double objective = 1 / (upload + 30.0 / 10 + broadcast + queue);
        assertThat(m.objectiveScore(10, 0)).isCloseTo(objective, within(1e-12));
        double oMin = 1 / (upload + 30.0 / 1 + broadcast + queue), oMax = 1 / (upload + 30.0 / 40 + broadcast + queue);
        double os2a = 0.5 * (objective - oMin) / (oMax - oMin) + 0.5 * 0.8;   // eq. (1)-(2), reputation 0.8 on [0, 1]
        assertThat(m.os2a(10, 0)).isCloseTo(os2a, within(1e-12));
    }

    @Test
    void feeAndUtilitiesFollowEqs13To15() {
        PaymentModel m = new PaymentModel(HAND, ONE_CLASS);
        PaymentContract c = new PaymentContract(200, 15);
        double os2a = 0.7;
        assertThat(PaymentModel.fee(c, os2a)).isCloseTo(15 + 200 * 0.7, within(1e-12));                       // (13)
        assertThat(m.clientUtility(c, os2a)).isCloseTo(1.2 * 10 * 30 * 0.7 / 0.6 - 155, within(1e-9));       // (14), V = 10·D_t
        // (15): I_M − [25·F_e/ζ + r·c̄·S_p/b]
        assertThat(m.maspUtility(c, 12, 1.5, os2a)).isCloseTo(155 - (25 * 1.5 / 2 + 3 * 12 * 0.5), within(1e-9));
    }

    @Test
    void investingMoreComputeCostsTheMaspSomething() {
        PaymentModel m = new PaymentModel(HAND, ONE_CLASS);
        PaymentContract noBonus = new PaymentContract(0, 50);
        // with no bonus, more compute only costs: utility strictly falls with c̄ (the A-3 reading's trade-off)
        assertThat(m.maspUtility(noBonus, 20, 0, m.os2a(20, 0))).isLessThan(m.maspUtility(noBonus, 10, 0, m.os2a(10, 0)));
    }

    @Test
    void invalidStatesNameTheComponent() {
        assertThatThrownBy(() -> MarketState.parse("1,2,3")).hasMessageContaining("12 values");
        assertThatThrownBy(() -> MarketState.parse("1.5,10,50,2000.5,8,4,0.9,3000,0.2,0.2,10,3")).hasMessageContaining("S_b");
        assertThatThrownBy(() -> MarketState.parse("1.5,10,50,2000,8,4,1.9,3000,0.2,0.2,10,3")).hasMessageContaining("p_b");
        assertThatThrownBy(() -> MarketState.parse("1.5,10,50,2000,8,4,0.9,3000,0.2,0.2,10,0.5")).hasMessageContaining("zeta");
        assertThatThrownBy(() -> MarketState.parse("1.5,x,50,2000,8,4,0.9,3000,0.2,0.2,10,3")).hasMessageContaining("'x'");
    }
}
