package io.aigcnet.lifecycle.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Dct2Test {
    /** The definition, summed term by term (O(N^4)). */
    private static double naive(double[] f, int n, int u, int v) {
        double s = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                s += f[y * n + x] * Math.cos((2 * x + 1) * u * Math.PI / (2.0 * n)) * Math.cos((2 * y + 1) * v * Math.PI / (2.0 * n));
            }
        }
        double au = u == 0 ? Math.sqrt(1.0 / n) : Math.sqrt(2.0 / n);
        double av = v == 0 ? Math.sqrt(1.0 / n) : Math.sqrt(2.0 / n);
        return au * av * s;
    }

    @Test
    void matchesTheDefinition() {
        int n = 8;
        double[] f = new double[n * n];
        Random r = new Random(3);
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextDouble() * 255;
        }
        double[] c = new Dct2(n).forward(f);
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                assertThat(c[v * n + u]).isCloseTo(naive(f, n, u, v), within(1e-9));
            }
        }
    }

    @Test
    void aConstantBlockHasOnlyADcTermOfNTimesTheValue() {
        double[] f = new double[32 * 32];
        java.util.Arrays.fill(f, 10);
        double[] c = new Dct2(32).forward(f);
        // orthonormal: X(0,0) = (1/N) * sum f = N * value
        assertThat(c[0]).isCloseTo(320, within(1e-9));
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void preservesEnergy() {
        double[] f = new double[16 * 16];
        Random r = new Random(5);
        double e = 0;
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextGaussian();
            e += f[i] * f[i];
        }
        double ec = 0;
        for (double x : new Dct2(16).forward(f)) {
            ec += x * x;
        }
        assertThat(ec).isCloseTo(e, within(1e-9));
    }
}
