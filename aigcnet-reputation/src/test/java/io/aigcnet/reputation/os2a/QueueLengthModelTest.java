package io.aigcnet.reputation.os2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The load-dependent E(ℒ(x)) behind eq. (4): M/M/1 and the Poisson-block bulk server. */
class QueueLengthModelTest {

    @Test
    void mm1MeanLengthAndSojourn() {
        MM1Queue q = new MM1Queue(3.0);
        // ρ = 2/3: E(ℒ) = ρ/(1 − ρ) = 2, τ = 1/(μ − x) = 1
        assertThat(q.meanLength(2.0)).isCloseTo(2.0, within(1e-12));
        assertThat(q.sojourn(2.0)).isCloseTo(1.0, within(1e-12));
        assertThat(q.meanLength(0)).isZero();
        assertThat(q.meanLength(3.0)).isInfinite();
        assertThat(q.meanLength(5.0)).isInfinite();
        assertThat(q.arrivalRateFor(2.0)).isCloseTo(2.0, within(1e-12));
    }

    /** S_b = 2 by hand: λ_b r³ − (x + λ_b) r + x = (r − 1)(λ_b r² + λ_b r − x), so r = (−1 + √(1 + 4x/λ_b))/2. */
    @Test
    void blockQueueWithTwoSlotsMatchesClosedFormRoot() {
        PoissonBlockQueue q = new PoissonBlockQueue(1.0, 2);
        // x = 1: r = (√5 − 1)/2 = 0.6180339887, E(ℒ) = r/(1 − r) = 1.6180339887 (the golden ratio)
        assertThat(q.ratio(1.0)).isCloseTo(0.6180339887498949, within(1e-14));
        assertThat(q.meanLength(1.0)).isCloseTo(1.6180339887498949, within(1e-12));
        for (double x : new double[] {0.01, 0.3, 1.2, 1.9, 1.999}) {
            double r = (-1 + Math.sqrt(1 + 4 * x)) / 2;
            assertThat(q.meanLength(x)).as("x = %s", x).isCloseTo(r / (1 - r), within(1e-9 * (1 + r / (1 - r))));
        }
        assertThat(q.capacity()).isEqualTo(2.0);
        assertThat(q.meanLength(2.0)).isInfinite();
    }

    @Test
    void blockQueueWithOneSlotIsMm1() {
        PoissonBlockQueue block = new PoissonBlockQueue(4.0, 1);
        MM1Queue mm1 = new MM1Queue(4.0);
        for (double x : new double[] {0.1, 1, 2.5, 3.9}) {
            assertThat(block.meanLength(x)).isCloseTo(mm1.meanLength(x), within(1e-10 * (1 + mm1.meanLength(x))));
        }
    }

    /**
     * Independent check of the geometric solution: the stationary law of the truncated birth/bulk-death chain
     * (arrivals +1 at rate x, a block removes min(n, S_b) at rate λ_b) by power iteration of the uniformised chain.
     */
    @Test
    void blockQueueMatchesNumericalMarkovChain() {
        double blockRate = 0.5;
        int capacity = 5;
        double x = 1.6; // load 0.64
        int states = 400;
        double uniform = x + blockRate;
        double[] p = new double[states];
        p[0] = 1;
        for (int it = 0; it < 20_000; it++) {
            double[] next = new double[states];
            for (int n = 0; n < states; n++) {
                if (p[n] == 0) {
                    continue;
                }
                int up = Math.min(n + 1, states - 1); // arrivals lost at the truncation edge (mass there ~ r^400)
                next[up] += p[n] * x / uniform;
                next[Math.max(0, n - capacity)] += p[n] * blockRate / uniform;
            }
            p = next;
        }
        double mean = 0;
        for (int n = 0; n < states; n++) {
            mean += n * p[n];
        }
        assertThat(new PoissonBlockQueue(blockRate, capacity).meanLength(x)).isCloseTo(mean, within(1e-6));
    }

    @Test
    void largeBlocksStayAccurate() {
        // S_b = 10⁴ at light load: r ≈ x/λ_b, E(ℒ) ≈ x/λ_b (one block interval of arrivals), so τ → 1/λ_b
        PoissonBlockQueue q = new PoissonBlockQueue(0.1, 10_000);
        assertThat(q.sojourn(5.0)).isCloseTo(10.0, within(1e-6));
        double x = 999.0; // load 0.999
        double length = q.meanLength(x);
        assertThat(q.arrivalRateFor(length)).isCloseTo(x, within(1e-6 * x));
    }

    @Test
    void inverseRoundTrips() {
        QueueLengthModel[] models = {new MM1Queue(7.0), new PoissonBlockQueue(0.2, 30)};
        for (QueueLengthModel m : models) {
            for (double frac : new double[] {0.05, 0.5, 0.9, 0.99}) {
                double x = frac * m.capacity();
                assertThat(m.arrivalRateFor(m.meanLength(x))).as("%s at %s", m, x).isCloseTo(x, within(1e-9 * x));
            }
        }
    }

    @Test
    void meanLengthIsIncreasingAndConvex() {
        // convexity is what makes eq. (4)'s class latencies fall with the fee (they are secant slopes of E(ℒ))
        QueueLengthModel q = new PoissonBlockQueue(1.0, 8);
        double h = 0.05;
        for (double x = h; x + h < q.capacity(); x += h) {
            double left = q.meanLength(x - h);
            double mid = q.meanLength(x);
            double right = q.meanLength(x + h);
            assertThat(mid).isGreaterThan(left);
            assertThat(right - mid).as("x = %s", x).isGreaterThanOrEqualTo(mid - left);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> new MM1Queue(0)).hasMessageContaining("service rate");
        assertThatThrownBy(() -> new PoissonBlockQueue(1, 0)).hasMessageContaining("S_b");
        assertThatThrownBy(() -> new PoissonBlockQueue(-1, 3)).hasMessageContaining("block rate");
        assertThatThrownBy(() -> new MM1Queue(1).meanLength(-1)).hasMessageContaining("arrival rate");
        assertThatThrownBy(() -> new MM1Queue(1).arrivalRateFor(Double.NaN)).hasMessageContaining("E(L)");
        assertThatThrownBy(() -> new PoissonBlockQueue(1, 3).ratio(3)).hasMessageContaining("saturates");
    }
}
