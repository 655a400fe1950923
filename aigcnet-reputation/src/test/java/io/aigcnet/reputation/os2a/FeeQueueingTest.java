package io.aigcnet.reputation.os2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Eq. (5) against SciPy reference values (chi2.pdf / chi2.cdf with df = 0.59, from the spec notes); eq. (4) against hand
 * computations, the closed-form preemptive-priority M/M/1 sojourn times and a numerically solved Markov chain.
 */
class FeeQueueingTest {
    private final FeeDensity density = FeeDensity.paper();

    @Test
    void chiSquaredDensityEq5MatchesScipy() {
        double[][] pdf = {{0.01, 6.846252}, {0.1, 1.290951}, {0.5, 0.339842}, {1, 0.162359}, {2, 0.060409}, {5, 0.007065}};
        for (double[] p : pdf) {
            assertThat(density.density(p[0])).as("pdf(%s)", p[0]).isCloseTo(p[1], within(2e-6 * Math.max(1, p[1])));
        }
        double[][] cdf = {{0.1, 0.454880}, {0.5, 0.700289}, {1, 0.817091}, {2, 0.917352}};
        for (double[] c : cdf) {
            assertThat(density.cumulative(c[0])).as("cdf(%s)", c[0]).isCloseTo(c[1], within(2e-6));
        }
        assertThat(density.density(0)).isZero();
        assertThat(density.density(-1)).isZero();
    }

    /**
     * Hand case, M/M/1 with μ = 3 and Λ = 2 (ρ = 2/3), two classes with midpoints 0.5 and 1 (range [0.25, 1.25]).
     * SciPy densities 0.339842 and 0.162359 give shares p = (0.6767047, 0.3232953). Top class alone: x = p_2·Λ =
     * 0.6465906, T_2 = τ(x) = 1/(3 − 0.6465906) = 0.4249155. Lower class from the recursion: T_1 = (τ(Λ) − p_2·T_2)/p_1
     * = (1 − 0.1373728)/0.6767047 = 1.2747464.
     */
    @Test
    void queueingEq4HandCase() {
        FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, 2.0, new MM1Queue(3.0), density);
        assertThat(q.classFees()).containsExactly(0.5, 1.0);
        assertThat(q.classShares()[1]).isCloseTo(0.3232953, within(1e-6));
        double[] t = q.corrected();
        assertThat(t[1]).isCloseTo(0.4249155, within(1e-6));
        assertThat(t[0]).isCloseTo(1.2747464, within(1e-6));
        assertThat(q.tau(2.0)).isCloseTo(1.0, within(1e-12)); // Little: E(ℒ(2)) = 2, over x = 2
        assertThat(q.latency(0.3)).isEqualTo(t[0]);
        assertThat(q.latency(1.25)).isEqualTo(t[1]);
    }

    /**
     * Against the closed-form preemptive-resume M/M/1 sojourn time (equal service rates, an independent formula):
     * W_k = (1/μ) / ((1 − σ_above)·(1 − σ_above − ρ_k)), σ_above the load of the classes with a higher fee.
     */
    @Test
    void mm1MatchesClosedFormPreemptivePriority() {
        double mu = 5.0;
        double lambda = 4.2;
        FeePriorityQueueing q = new FeePriorityQueueing(0.05, 4, 7, lambda, new MM1Queue(mu), density);
        double[] t = q.corrected();
        double[] p = q.classShares();
        double above = 0;
        for (int z = t.length - 1; z >= 0; z--) {
            double withClass = above + p[z] * lambda / mu;
            double closedForm = (1 / mu) / ((1 - above) * (1 - withClass));
            assertThat(t[z]).as("class %s", z + 1).isCloseTo(closedForm, within(1e-9 * closedForm));
            above = withClass;
        }
    }

    /**
     * Hand case for the Poisson-block model, λ_block = 1 and S_b = 2, Λ = 1, the two classes above. With two slots
     * the bulk-queue root is r(x) = (−1 + √(1 + 4x))/2 and E(ℒ) = r/(1 − r): E(ℒ(1)) = 1.6180340, and the top class
     * (x = 0.3232953) has r = 0.2571627, E(ℒ) = 0.3461823, T_2 = 0.3461823/0.3232953 = 1.0708159;
     * T_1 = (E(ℒ(1)) − E(ℒ(x)))/(p_1·Λ) = (1.6180340 − 0.3461823)/0.6767047 = 1.8794672.
     */
    @Test
    void blockQueueHandCase() {
        FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, 1.0, new PoissonBlockQueue(1.0, 2), density);
        double[] t = q.corrected();
        assertThat(t[1]).isCloseTo(1.0708159, within(1e-6));
        assertThat(t[0]).isCloseTo(1.8794672, within(1e-6));
    }

    /**
     * Independent check that classes z..Z really behave as a queue of their own (the decomposition eq. (4) rests on):
     * the two-class Poisson-block pool as a two-dimensional Markov chain (n_low, n_high); a block takes
     * min(S_b, n_high) high-fee transactions first, then fills up with low-fee ones. Stationary law by power
     * iteration of the uniformised chain, per-class latency by Little's law E(n_k)/(p_k·Λ).
     */
    @Test
    void blockQueueMatchesTwoClassMarkovChain() {
        double blockRate = 1.0;
        int slots = 3;
        double lambda = 1.5; // load 0.5
        FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, lambda, new PoissonBlockQueue(blockRate, slots), density);
        double[] t = q.corrected();
        double[] p = q.classShares();
        double lowRate = p[0] * lambda;
        double highRate = p[1] * lambda;
        int n = 60; // per-class truncation; the total count is geometric with ratio ~0.56, so the cut mass is ~1e-15
        double uniform = lowRate + highRate + blockRate;
        double[][] pi = new double[n][n];
        pi[0][0] = 1;
        for (int it = 0; it < 4000; it++) {
            double[][] next = new double[n][n];
            for (int lo = 0; lo < n; lo++) {
                for (int hi = 0; hi < n; hi++) {
                    double mass = pi[lo][hi];
                    if (mass == 0) {
                        continue;
                    }
                    next[Math.min(lo + 1, n - 1)][hi] += mass * lowRate / uniform;
                    next[lo][Math.min(hi + 1, n - 1)] += mass * highRate / uniform;
                    int takenHigh = Math.min(slots, hi);
                    int takenLow = Math.min(slots - takenHigh, lo);
                    next[lo - takenLow][hi - takenHigh] += mass * blockRate / uniform;
                }
            }
            pi = next;
        }
        double meanLow = 0;
        double meanHigh = 0;
        for (int lo = 0; lo < n; lo++) {
            for (int hi = 0; hi < n; hi++) {
                meanLow += lo * pi[lo][hi];
                meanHigh += hi * pi[lo][hi];
            }
        }
        assertThat(t[1]).isCloseTo(meanHigh / highRate, within(1e-6));
        assertThat(t[0]).isCloseTo(meanLow / lowRate, within(1e-6));
    }

    /** Positive, non-increasing in the fee, top class = τ(p_Z·Λ), arrival-weighted mean = τ(Λ), for both models. */
    @Test
    void correctedReadingIsPhysical() {
        QueueLengthModel[] models = {new MM1Queue(10.0), new PoissonBlockQueue(0.25, 40)};
        for (QueueLengthModel model : models) {
            for (int classes : new int[] {1, 2, 5, 12}) {
                for (double load : new double[] {0.1, 0.6, 0.95}) {
                    double lambda = load * model.capacity();
                    FeePriorityQueueing q = new FeePriorityQueueing(0.05, 4, classes, lambda, model, density);
                    double[] t = q.corrected();
                    double[] p = q.classShares();
                    String what = model + ", Z = " + classes + ", load " + load;
                    double weighted = 0;
                    for (int z = 0; z < classes; z++) {
                        assertThat(t[z]).as(what).isPositive().isFinite();
                        if (z > 0) {
                            assertThat(t[z]).as(what).isLessThanOrEqualTo(t[z - 1] * (1 + 1e-12));
                        }
                        weighted += p[z] * t[z];
                    }
                    assertThat(t[classes - 1]).as(what).isCloseTo(q.tau(p[classes - 1] * lambda), within(1e-12 * t[classes - 1]));
                    assertThat(weighted).as(what).isCloseTo(q.tau(lambda), within(1e-9 * weighted));
                }
            }
        }
    }

    /** Conservation for every tail of classes: Σ_{k≥z} p_k·T_k = E(ℒ(Λ·P_z))/Λ. */
    @Test
    void correctedReadingConservesEveryTail() {
        double lambda = 3.0;
        MM1Queue model = new MM1Queue(4.0);
        FeePriorityQueueing q = new FeePriorityQueueing(0.05, 4, 6, lambda, model, density);
        double[] t = q.corrected();
        double[] pi = q.classShares();
        for (int z = 0; z < t.length; z++) {
            double lhs = 0;
            double share = 0;
            for (int k = z; k < t.length; k++) {
                lhs += pi[k] * t[k];
                share += pi[k];
            }
            assertThat(lhs).isCloseTo(model.meanLength(lambda * share) / lambda, within(1e-9));
        }
    }

    @Test
    void singleClassIsLittlesLaw() {
        // Z = 1: p_1 = 1, so T_1 = τ(Λ) = 1/(μ − Λ) = 1/(5 − 4)
        FeePriorityQueueing q = new FeePriorityQueueing(0.1, 3, 1, 4.0, new MM1Queue(5.0), density);
        assertThat(q.corrected()[0]).isCloseTo(1.0, within(1e-12));
    }

    /** Λ above capacity: the classes whose cumulative load reaches 1 wait forever; the cheaper ones too; never negative. */
    @Test
    void saturationGivesInfinityNotNegatives() {
        // shares (0.6767, 0.3233), μ = 3: Λ = 4 puts the top class at 1.293 < 3 but the total at 4 > 3
        FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, 4.0, new MM1Queue(3.0), density);
        double[] t = q.corrected();
        assertThat(t[1]).isCloseTo(1 / (3 - 4.0 * 0.3232953), within(1e-6));
        assertThat(t[0]).isEqualTo(Double.POSITIVE_INFINITY);
        // exactly at capacity and beyond, for every class
        FeePriorityQueueing all = new FeePriorityQueueing(0.25, 1.25, 2, 20.0, new PoissonBlockQueue(1.0, 5), density);
        assertThat(all.corrected()).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(all.literal()).containsOnly(Double.POSITIVE_INFINITY);
        FeePriorityQueueing edge = new FeePriorityQueueing(0.1, 3, 1, 3.0, new MM1Queue(3.0), density);
        assertThat(edge.corrected()).containsOnly(Double.POSITIVE_INFINITY);
    }

    /**
     * The printed form with a constant E(ℒ), kept for comparison. M/M/1 with μ = 2.2 and Λ = 2 has E(ℒ(Λ)) = 10.
     * Hand computation with the raw densities 0.339842 and 0.162359: T_2 = E(ℒ)/(Λ·χ²_2) = 30.79595,
     * T_1 = E(ℒ)/(Λ(χ²_1 + χ²_2)) / (χ²_1 + χ²_1) = 14.64824 — the cheaper class waits *less*, which is not
     * physical. The old constant-E(ℒ) recursion with normalised shares gave (−15.47, 47.84) for the same case.
     */
    @Test
    void literalReadingIsKeptButNotPhysical() {
        FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, 2.0, new MM1Queue(2.2), density);
        assertThat(q.meanQueueLength()).isCloseTo(10.0, within(1e-12));
        double[] literal = q.literal();
        assertThat(literal[1]).isCloseTo(30.79595, within(1e-3));
        assertThat(literal[0]).isCloseTo(14.64824, within(1e-3));
        assertThat(literal[0]).isLessThan(literal[1]);
        double[] corrected = q.corrected();
        assertThat(corrected[0]).isGreaterThan(corrected[1]);
    }

    @Test
    void monitoredQueueLengthFixesTheLoad() {
        PoissonBlockQueue model = new PoissonBlockQueue(0.5, 20);
        FeePriorityQueueing q = FeePriorityQueueing.fromMonitoredQueueLength(0.05, 4, 4, 25.0, model, density);
        assertThat(q.meanQueueLength()).isCloseTo(25.0, within(1e-9));
        assertThat(q.arrivalRate()).isLessThan(model.capacity());
    }

    @Test
    void badInputIsRejected() {
        MM1Queue m = new MM1Queue(1);
        assertThatThrownBy(() -> new FeePriorityQueueing(1, 1, 2, 0.5, m, density)).hasMessageContaining("fee range");
        assertThatThrownBy(() -> new FeePriorityQueueing(0, 1, 0, 0.5, m, density)).hasMessageContaining("Z");
        assertThatThrownBy(() -> new FeePriorityQueueing(0, 1, 2, 0, m, density)).hasMessageContaining("arrival rate");
        assertThatThrownBy(() -> new FeePriorityQueueing(0, 1, 2, 0.5, null, density)).hasMessageContaining("model");
        assertThatThrownBy(() -> new FeePriorityQueueing(0, 5000, 2, 0.5, m, density)).hasMessageContaining("zero arrival share");
        FeePriorityQueueing q = new FeePriorityQueueing(0, 1, 2, 0.5, m, density);
        assertThatThrownBy(() -> q.latency(1.5)).hasMessageContaining("fee must lie in");
    }
}
