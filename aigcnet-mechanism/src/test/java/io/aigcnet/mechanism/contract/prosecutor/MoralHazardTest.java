package io.aigcnet.mechanism.contract.prosecutor;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.mechanism.contract.Outcome;
import org.junit.jupiter.api.Test;

/** Fig. 9(c)'s property: at the optimal contract every deviation of the MASP from its IC response pays it less. */
class MoralHazardTest {

    @Test
    void everyDeviationFromTheIcResponseLowersTheMaspsUtility() {
        ProsecutorGame game = new ProsecutorGame(ProsecutorParams.defaults());
        for (double[] e : ProsecutorContractSolverTest.STATES) {
            PaymentModel m = game.model(e);
            Outcome opt = game.solve(e);
            PaymentContract c = new PaymentContract(opt.contract()[0], opt.contract()[1]);
            MaspAction follow = new MaspAction(opt.response()[0], opt.response()[1]);
            double uFollow = m.maspUtility(c, follow);
            ProsecutorParams p = game.params();
            for (int i = 0; i <= 40; i++) {
                for (int j = 0; j <= 40; j++) {
                    double cbar = p.computeMin() + i * (p.computeMax() - p.computeMin()) / 40;
                    double fee = p.feeMin() + j * (p.feeMax() - p.feeMin()) / 40;
                    if (Math.abs(cbar - follow.compute()) < 1e-9 && Math.abs(fee - follow.channelFee()) < 1e-9) continue;
                    assertThat(m.maspUtility(c, new MaspAction(cbar, fee))).as("c=%s F_e=%s", cbar, fee).isLessThanOrEqualTo(uFollow);
                }
            }
        }
    }
}
