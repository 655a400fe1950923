package io.aigcnet.mechanism.auction.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.rng.RngStreams;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class KnapsackDpTest {
    @Test
    void matchesBruteForceOnRandomInstances() {
        UniformRandomProvider rng = RngStreams.of(7).fresh("knapsack");
        for (int t = 0; t < 500; t++) {
            int n = 1 + rng.nextInt(12);
            double[] v = new double[n];
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = 20 * rng.nextDouble() - 3; // some non-positive values, never worth taking
                w[i] = rng.nextInt(40);
            }
            int cap = rng.nextInt(120);
            boolean[] chosen = KnapsackDp.solve(v, w, cap);
            double got = 0;
            int used = 0;
            for (int i = 0; i < n; i++) {
                if (chosen[i]) {
                    got += v[i];
                    used += w[i];
                }
            }
            assertThat(used).isLessThanOrEqualTo(cap);
            assertThat(got).isCloseTo(brute(v, w, cap), within(1e-9));
        }
    }

    @Test
    void roundsDemandsUpToTenths() {
        assertThat(KnapsackDp.tenths(2.0)).isEqualTo(20);
        assertThat(KnapsackDp.tenths(0.1 + 0.2)).isEqualTo(3); // 0.30000000000000004
        assertThat(KnapsackDp.tenths(2.01)).isEqualTo(21);
    }

    private static double brute(double[] v, int[] w, int cap) {
        double best = 0;
        for (int mask = 0; mask < 1 << v.length; mask++) {
            double s = 0;
            int used = 0;
            for (int i = 0; i < v.length; i++) {
                if ((mask >> i & 1) == 1) {
                    s += v[i];
                    used += w[i];
                }
            }
            if (used <= cap) best = Math.max(best, s);
        }
        return best;
    }
}
