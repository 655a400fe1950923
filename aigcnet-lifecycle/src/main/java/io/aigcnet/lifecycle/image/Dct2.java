package io.aigcnet.lifecycle.image;

/**
 * The orthonormal two-dimensional DCT-II of an N x N block, computed separably (rows, then columns) from
 * a precomputed cosine table: X(u,v) = a(u) a(v) sum_x sum_y f(x,y) cos((2x+1)u pi / 2N) cos((2y+1)v pi / 2N),
 * a(0) = sqrt(1/N), a(k) = sqrt(2/N). O(N^3); N = 32 is 64k multiply-adds.
 */
public final class Dct2 {
    private final int n;
    /** table[u*n + x] = a(u) cos((2x+1) u pi / 2n) */
    private final double[] table;

    public Dct2(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("DCT size must be >= 1, got " + n);
        }
        this.n = n;
        this.table = new double[n * n];
        for (int u = 0; u < n; u++) {
            double a = u == 0 ? Math.sqrt(1.0 / n) : Math.sqrt(2.0 / n);
            for (int x = 0; x < n; x++) {
                table[u * n + x] = a * Math.cos((2 * x + 1) * u * Math.PI / (2.0 * n));
            }
        }
    }

    public int size() {
        return n;
    }

    /** The DCT of a row-major block {@code f[y*n + x]}; the result is row-major {@code X[v*n + u]} (v vertical). */
    public double[] forward(double[] f) {
        if (f.length != n * n) {
            throw new IllegalArgumentException("block must have " + n * n + " values, got " + f.length);
        }
        double[] rows = new double[n * n];
        for (int y = 0; y < n; y++) {
            for (int u = 0; u < n; u++) {
                double s = 0;
                for (int x = 0; x < n; x++) {
                    s += table[u * n + x] * f[y * n + x];
                }
                rows[y * n + u] = s;
            }
        }
        double[] out = new double[n * n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                double s = 0;
                for (int y = 0; y < n; y++) {
                    s += table[v * n + y] * rows[y * n + u];
                }
                out[v * n + u] = s;
            }
        }
        return out;
    }
}
