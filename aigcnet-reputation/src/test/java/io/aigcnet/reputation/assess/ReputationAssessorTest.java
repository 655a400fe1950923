package io.aigcnet.reputation.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.Opinion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A worked example computed independently (a 30-line Python script written from the fixed
 * semantics, not from this code): θ = 0.99, 5 s blocks, latest block 120, γ = 0.5, μ = (1, 1, 0.1),
 * sensitivity 0.3, client c1 asking about m1.
 */
class ReputationAssessorTest {
    static AssessmentInput example() {
        MwslParams p = new MwslParams(5.0, 0.99, 0.5, new FactorWeights(1, 1, 0.1));
        return new AssessmentInput(p, 120, 0.3, "c1", "m1", List.of(
                new OpinionRecord("c1", "m1", 4, 1, 118, List.of(new FeeRecord(2.0, 100))),
                new OpinionRecord("c2", "m1", 3, 3, 110, List.of(new FeeRecord(1.0, 105), new FeeRecord(1.0, 108))),
                new OpinionRecord("c3", "m1", 0, 0, 90, List.of(new FeeRecord(5.0, 80))),
                new OpinionRecord("c9", "m2", 50, 0, 119, List.of(new FeeRecord(100.0, 119)))));
    }

    @Test
    void workedExample() {
        Assessment a = ReputationAssessor.assess(example());
        assertThat(a.result().local()).isEqualTo(new Opinion(0.64, 0.16, 0.2 ));
        assertThat(a.result().reference().s()).isCloseTo(0.22753879296172402, within(1e-12));
        assertThat(a.result().reference().u()).isCloseTo(0.09751662555502459, within(1e-12));
        assertThat(a.result().reference().c()).isCloseTo(0.34988916296650274, within(1e-12));
        assertThat(a.result().fused().s()).isCloseTo(0.5614304264943683, within(1e-12));
        assertThat(a.result().fused().u()).isCloseTo(0.15729070436187476, within(1e-12));
        assertThat(a.result().fused().c()).isCloseTo(0.1458140872374953, within(1e-12));
        assertThat(a.result().reputation()).isCloseTo(0.6343374701131159, within(1e-12));
        // weights of every client with an opinion on m1 (c9's opinion is on m2 and ignored)
        assertThat(a.weights()).containsOnlyKeys("c1", "c2", "c3");
        assertThat(a.weights().get("c1").familiarity()).isCloseTo(5.0 / 11, within(1e-12));
        assertThat(a.weights().get("c2").freshness()).isCloseTo(0.6050060671375364, within(1e-12));
        assertThat(a.weights().get("c2").marketWorth()).isCloseTo(1.0177432839764111, within(1e-12));
        assertThat(a.weights().get("c3").marketWorth()).isCloseTo(0.6698983742898086, within(1e-12));
    }

    @Test
    void noOpinionsGivesVacuousEverywhere() {
        MwslParams p = new MwslParams(5.0, 0.99, 0.5, new FactorWeights(1, 1, 0.1));
        Assessment a = ReputationAssessor.assess(new AssessmentInput(p, 10, 0.3, "c1", "m1", List.of()));
        assertThat(a.result().local()).isEqualTo(Opinion.VACUOUS);
        assertThat(a.result().reference()).isEqualTo(Opinion.VACUOUS);
        assertThat(a.result().fused()).isEqualTo(Opinion.VACUOUS);
        assertThat(a.result().reputation()).isEqualTo(0.5); // γ·1
    }
}
