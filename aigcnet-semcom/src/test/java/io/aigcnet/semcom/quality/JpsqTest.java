package io.aigcnet.semcom.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JpsqTest {
    @Test
    void weberFechnerTermMatchesTheTable() {
        // ln(1.25·Q/4.9827) hand-computed for the paper's NIMA values
        double[][] table = {{4.9827, 0.2231}, {5.1301, 0.2523}, {5.2352, 0.2726}, {5.56, 0.3328}, {6.1171, 0.4283}};
        for (double[] row : table) assertThat(Jpsq.jpsq(0, row[0], 1.25, 4.9827, 1.0)).isCloseTo(row[1], within(5e-5));
    }

    @Test
    void similarityIsClampedAndLinear() {
        assertThat(Jpsq.similarity(0.198, 1.0)).isCloseTo(0.802, within(1e-12));
        assertThat(Jpsq.similarity(1.3, 1.0)).isZero();
        assertThat(Jpsq.similarity(0.2, 0.5)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void dreamSimAndNimaMoments() {
        assertThat(Jpsq.dreamSimDistance(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(1.0, within(1e-12));
        assertThat(Jpsq.dreamSimDistance(new double[] {1, 2}, new double[] {2, 4})).isCloseTo(0.0, within(1e-12));
        double[] c = new double[10];
        c[4] = 0.5; // score 5
        c[5] = 0.5; // score 6
        assertThat(Jpsq.nimaMean(c)).isCloseTo(5.5, within(1e-12));
        assertThat(Jpsq.nimaStd(c)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void stateThreeUtilityOfFigure14() {
        // spec check: 500·0.967·ln(1.25·5.56/4.9827) − 0.05·173,289/1000 ≈ 152.2
        double u = JpsqParams.paper().utility(new Quality(0.033, 5.56), 173_289);
        assertThat(u).isCloseTo(152.2, within(0.3));
        // below the threshold the JPSQ term is cut: only the penalty remains
        assertThat(JpsqParams.paper().utility(new Quality(0.0, 4.9), 1000)).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void surrogateHitsItsCalibrationPoints() {
        SurrogateQualityOracle o = new SurrogateQualityOracle();
        assertThat(o.recovered(0.4785, 0, ImageTraits.NEUTRAL).dreamSim()).isCloseTo(0.198, within(0.001));
        assertThat(o.recovered(0.8806, 0, ImageTraits.NEUTRAL).dreamSim()).isCloseTo(0.033, within(0.001));
        assertThat(o.recovered(20_000 / 132_645.0, 0, ImageTraits.NEUTRAL).nima()).isCloseTo(5.139, within(0.0005));
        assertThat(o.recovered(0, 0, ImageTraits.NEUTRAL).nima()).isCloseTo(5.1301, within(1e-9));
        assertThat(o.recovered(1, 0, ImageTraits.NEUTRAL).nima()).isCloseTo(5.2352, within(1e-9));
        assertThat(o.fullImage(ImageTraits.NEUTRAL).nima()).isEqualTo(5.2651);
        // 6,182 noise pixels in 132,645 cost the paper's 0.0185
        assertThat(o.recovered(1, 6182 / 132_645.0, ImageTraits.NEUTRAL).nima()).isCloseTo(5.2352 - 0.0185, within(0.0002));
    }
}
