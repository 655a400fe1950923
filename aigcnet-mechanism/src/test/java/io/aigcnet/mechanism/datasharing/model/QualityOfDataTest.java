package io.aigcnet.mechanism.datasharing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QualityOfDataTest {

    static final double T = 0.001;
    // Fig. 2(b) state 1 of the paper: A_max = 0.95 s, D_max = 0.73 s
    static final QualityOfData STATE1 = new QualityOfData(MarketParams.PAPER, 0.95, 0.73);

    /** Slot-by-slot form of eq. (1) as the paper derives it (valid for theta >= 2), summed by loop. */
    static double aoiBySlots(int theta, double t) {
        double sum = (2.0 / theta) * (2 * t);
        for (int i = 2; i <= theta - 1; i++) sum += (i + 1) * t / theta;
        return sum;
    }

    @Test
    void averageAoiMatchesTheSlotSumForEveryIntegerCycle() {
        for (int theta = 2; theta <= 60; theta++)
            assertThat(QualityOfData.averageAoi(theta, T)).isCloseTo(aoiBySlots(theta, T), within(1e-15));
    }

    @Test
    void averageAoiHandValues() {
        // hand: theta=2 -> t(1/2 + 1 + 1/2) = 2t; theta=4 -> t(1/4 + 2 + 1/2) = 2.75t; theta=1 -> 2t
        assertThat(QualityOfData.averageAoi(2, T)).isCloseTo(2 * T, within(1e-18));
        assertThat(QualityOfData.averageAoi(4, T)).isCloseTo(2.75 * T, within(1e-18));
        assertThat(QualityOfData.averageAoi(1, T)).isCloseTo(2 * T, within(1e-18));
    }

    @Test
    void averageLatencyMatchesTheSlotFormAndHandValues() {
        for (int theta = 1; theta <= 60; theta++) {
            double slots = ((theta - 1.0) / theta) * T + (1.0 / theta) * 2 * T; // eq. (2), first expression
            assertThat(QualityOfData.averageLatency(theta, T)).isCloseTo(slots, within(1e-15));
        }
        // hand: theta=2 -> 1.5t, theta=4 -> 1.25t
        assertThat(QualityOfData.averageLatency(2, T)).isCloseTo(1.5 * T, within(1e-18));
        assertThat(QualityOfData.averageLatency(4, T)).isCloseTo(1.25 * T, within(1e-18));
    }

    @Test
    void impactFunctionsAreSlacks() {
        // hand: G = 0.95 - 0.002 = 0.948, H = 0.73 - 0.0015 = 0.7285
        assertThat(STATE1.aoiImpact(0.002)).isCloseTo(0.948, within(1e-15));
        assertThat(STATE1.latencyImpact(0.0015)).isCloseTo(0.7285, within(1e-15));
    }

    @Test
    void qodHandComputationAtTheta2() {
        // hand: theta=2 gives A=0.002, D=0.0015, G=0.948, H=0.7285,
        // argument = 0.75*(0.948-0.7285) + 0.7285 + 1 = 1.893125
        assertThat(STATE1.logArgument(2)).isCloseTo(1.893125, within(1e-12));
        assertThat(STATE1.qod(2)).isCloseTo(Math.log(1.893125), within(1e-12));
        assertThat(STATE1.qodOfFrequency(0.5)).isCloseTo(Math.log(1.893125), within(1e-12));
    }

    @Test
    void qodPeaksAtSqrtHalfAlphaByGridSearch() {
        for (double alpha : new double[] {0.1, 0.5, 0.75, 1.0}) {
            QualityOfData q = new QualityOfData(MarketParams.PAPER.withAlpha(alpha), 0.8, 0.6);
            double bestF = 0, best = Double.NEGATIVE_INFINITY;
            for (int i = 1; i <= 1_000_000; i++) { // grid step 1e-6 over (0, 1]
                double f = i * 1e-6, v = q.qodOfFrequency(f);
                if (v > best) { best = v; bestF = f; }
            }
            assertThat(q.qodMaximisingFrequency()).isCloseTo(bestF, within(2e-6));
        }
        // the spec's example: alpha = 0.75 -> f = 0.6124
        assertThat(STATE1.qodMaximisingFrequency()).isCloseTo(0.6124, within(1e-4));
    }

    @Test
    void logArgumentSlopeMatchesFiniteDifference() {
        for (double f : new double[] {0.01, 0.2, 0.61, 0.9}) {
            double h = 1e-7;
            double fd = (STATE1.logArgumentOfFrequency(f + h) - STATE1.logArgumentOfFrequency(f - h)) / (2 * h);
            assertThat(STATE1.logArgumentSlope(f)).isCloseTo(fd, within(1e-7));
        }
    }

    @Test
    void logArgumentIsGuarded() {
        // the millisecond reading (t = 1 with A_max, D_max = 0.5): argument <= 0 everywhere
        QualityOfData ms = new QualityOfData(new MarketParams(0.75, 100, 1.0), 0.5, 0.5);
        for (double f : new double[] {0.001, 0.1, 0.6124, 1.0}) {
            assertThat(ms.logArgumentOfFrequency(f)).isLessThanOrEqualTo(0);
            assertThat(ms.qodOfFrequency(f)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(ms.isDefined(f)).isFalse();
        }
        // with seconds the tiny-f end still breaks: X(1e-5) = 1.8775 - 0.001(1e-5 + 37500 + 0.625) < 0
        assertThat(STATE1.isDefined(1e-5)).isFalse();
        assertThat(STATE1.isDefined(1e-3)).isTrue();
        assertThat(STATE1.isDefined(0)).isFalse();
        assertThatThrownBy(() -> STATE1.qodOfFrequency(1.5)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> QualityOfData.averageAoi(0.5, T)).hasMessageContaining("theta");
    }
}
