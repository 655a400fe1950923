package io.aigcnet.mechanism.datasharing.model;

import java.util.Arrays;

/**
 * A contract menu Psi = {(f_k, r_k)}: item k is meant for type k (eq. 12's action).
 *
 * @param f update frequencies f_k = 1 / theta_k
 * @param r rewards r_k
 */
public record Contract(double[] f, double[] r) {

    public Contract {
        if (f == null || r == null || f.length == 0 || f.length != r.length)
            throw new IllegalArgumentException("a contract needs K >= 1 frequencies and K rewards");
        for (int k = 0; k < f.length; k++)
            if (!Double.isFinite(f[k]) || !Double.isFinite(r[k]))
                throw new IllegalArgumentException("contract item " + (k + 1) + " is not finite: f=" + f[k] + ", r=" + r[k]);
        f = f.clone();
        r = r.clone();
    }

    public int types() { return f.length; }

    @Override public double[] f() { return f.clone(); }

    @Override public double[] r() { return r.clone(); }

    public double f(int k) { return f[k]; }

    public double r(int k) { return r[k]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contract c && Arrays.equals(c.f, f) && Arrays.equals(c.r, r);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(f) + Arrays.hashCode(r);
    }

    @Override
    public String toString() {
        return "Contract{f=" + Arrays.toString(f) + ", r=" + Arrays.toString(r) + "}";
    }
}
