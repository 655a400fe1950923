package io.aigcnet.reputation.os2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Eqs. (4) and (5) against SciPy reference values (chi2.pdf / chi2.cdf with df = 0.59, from the spec notes). */
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
   * Two classes with midpoints 0.5 and 1 (range [0.25, 1.25]), λ = 2, E(ℒ) = 10. Hand computation with
   * the SciPy densities 0.339842 and 0.162359: shares π = (0.676705, 0.323295);
   * corrected: T_2 = τ(λπ_2)/π_2 = 10/(2π_2)/π_2 = 47.83793, T_1 = (τ(λ) − π_2·T_2)/π_1 = −15.46576;
   * literal: T_2 = τ(λ·χ²_2) = 30.79595, T_1 = τ(λ(χ²_1 + χ²_2)) / (χ²_1 + χ²_1) = 14.64824.
   */
  @Test
  void queueingEq4BothReadings() {
    FeePriorityQueueing q = new FeePriorityQueueing(0.25, 1.25, 2, 2.0, 10.0, density);
    assertThat(q.classFees()).containsExactly(0.5, 1.0);
    double[] corrected = q.corrected();
    assertThat(corrected[1]).isCloseTo(47.83793, within(1e-3));
    assertThat(corrected[0]).isCloseTo(-15.46576, within(1e-3));
    double[] literal = q.literal();
    assertThat(literal[1]).isCloseTo(30.79595, within(1e-3));
    assertThat(literal[0]).isCloseTo(14.64824, within(1e-3));
    assertThat(q.tau(4)).isEqualTo(2.5); // Little's law: 10 / 4
  }

  @Test
  void singleClassIsLittlesLaw() {
    // Z = 1: π_1 = 1, so T_1 = τ(λ) = E(ℒ)/λ = 10/4
    FeePriorityQueueing q = new FeePriorityQueueing(0.1, 3, 1, 4.0, 10.0, density);
    assertThat(q.corrected()[0]).isCloseTo(2.5, within(1e-12));
  }

  /** The conservation identity behind the corrected reading: Σ_{k≥z} π_k·T_k = τ(λ·Σ_{k≥z} π_k) for every z. */
  @Test
  void correctedReadingConservesWeightedDelay() {
    FeePriorityQueueing q = new FeePriorityQueueing(0.05, 4, 6, 3.0, 7.0, density);
    double[] t = q.corrected();
    double[] pi = q.classShares();
    for (int z = 0; z < t.length; z++) {
      double lhs = 0;
      double share = 0;
      for (int k = z; k < t.length; k++) {
        lhs += pi[k] * t[k];
        share += pi[k];
      }
      assertThat(lhs).isCloseTo(q.tau(3.0 * share), within(1e-9));
    }
  }
}
