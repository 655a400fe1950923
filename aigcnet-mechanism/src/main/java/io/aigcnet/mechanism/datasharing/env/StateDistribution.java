package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.NetworkState;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DirichletSampler;

/**
 * How eq. (11)'s random parts are drawn each round: A_max, D_max uniform, Q Dirichlet, and each
 * phi_k uniform on its own range (the paper: [1, 8] and [8, 15]). Ranges must be ordered so that
 * phi_1 &le; ... &le; phi_K holds for every draw.
 *
 * @param devices      M
 * @param aMaxRange    [lo, hi] of A_max, seconds
 * @param dMaxRange    [lo, hi] of D_max, seconds
 * @param dirichlet    concentration of Q's Dirichlet (length K)
 * @param phiRanges    per-type [lo, hi] of phi_k
 * @param integerPhi   draw phi_k uniformly from the integers of its range instead of the reals
 */
public record StateDistribution(int devices, double[] aMaxRange, double[] dMaxRange, double[] dirichlet,
                                double[][] phiRanges, boolean integerPhi) {

    /** The paper's simulation: M = 40, K = 2, A_max, D_max ~ U[0.5, 1], Q ~ Dir(1, 1), phi_1 ~ U[1, 8], phi_2 ~ U[8, 15]. */
    public static StateDistribution paper() {
        return new StateDistribution(40, new double[] {0.5, 1}, new double[] {0.5, 1}, new double[] {1, 1},
                new double[][] {{1, 8}, {8, 15}}, false);
    }

    /** K types with phi ranges splitting [phiLo, phiHi] evenly, otherwise as the paper. */
    public static StateDistribution evenTypes(int types, double phiLo, double phiHi) {
        if (types < 1) throw new IllegalArgumentException("K must be >= 1, got " + types);
        double[][] ranges = new double[types][];
        double w = (phiHi - phiLo) / types;
        for (int k = 0; k < types; k++) ranges[k] = new double[] {phiLo + k * w, phiLo + (k + 1) * w};
        double[] conc = new double[types];
        Arrays.fill(conc, 1.0);
        return new StateDistribution(40, new double[] {0.5, 1}, new double[] {0.5, 1}, conc, ranges, false);
    }

    public StateDistribution {
        if (devices < 1) throw new IllegalArgumentException("devices (M) must be >= 1, got " + devices);
        checkRange("a_max_range", aMaxRange, 0);
        checkRange("d_max_range", dMaxRange, 0);
        if (phiRanges == null || phiRanges.length == 0) throw new IllegalArgumentException("phi_ranges must list K >= 1 ranges");
        if (dirichlet == null || dirichlet.length != phiRanges.length)
            throw new IllegalArgumentException("dirichlet needs one concentration per type (K=" + phiRanges.length + ")");
        for (int k = 0; k < dirichlet.length; k++)
            if (!(dirichlet[k] > 0) || Double.isInfinite(dirichlet[k]))
                throw new IllegalArgumentException("dirichlet[" + k + "] must be a finite number > 0, got " + dirichlet[k]);
        double[][] copy = new double[phiRanges.length][];
        for (int k = 0; k < phiRanges.length; k++) {
            checkRange("phi_ranges[" + k + "]", phiRanges[k], 0);
            if (k > 0 && phiRanges[k][0] < phiRanges[k - 1][1])
                throw new IllegalArgumentException("phi_ranges must not overlap and must increase: range " + k + " starts at "
                        + phiRanges[k][0] + " below the previous end " + phiRanges[k - 1][1]);
            if (integerPhi && Math.floor(phiRanges[k][1]) < Math.ceil(phiRanges[k][0]))
                throw new IllegalArgumentException("phi_ranges[" + k + "] holds no integer but integer_phi is set");
            copy[k] = phiRanges[k].clone();
        }
        aMaxRange = aMaxRange.clone();
        dMaxRange = dMaxRange.clone();
        dirichlet = dirichlet.clone();
        phiRanges = copy;
    }

    private static void checkRange(String name, double[] r, double min) {
        if (r == null || r.length != 2 || !(r[0] > min) || !(r[0] <= r[1]) || Double.isInfinite(r[1]))
            throw new IllegalArgumentException(name + " must be [lo, hi] with " + min + " < lo <= hi < infinity, got "
                    + Arrays.toString(r));
    }

    public int types() {
        return phiRanges.length;
    }

    @Override public double[] aMaxRange() { return aMaxRange.clone(); }

    @Override public double[] dMaxRange() { return dMaxRange.clone(); }

    @Override public double[] dirichlet() { return dirichlet.clone(); }

    @Override public double[][] phiRanges() {
        double[][] out = new double[phiRanges.length][];
        for (int k = 0; k < out.length; k++) out[k] = phiRanges[k].clone();
        return out;
    }

    /** One state; draws A_max, D_max, Q, then phi_1..phi_K, in that order. */
    public NetworkState sample(UniformRandomProvider rng) {
        double a = uniform(rng, aMaxRange);
        double d = uniform(rng, dMaxRange);
        double[] q = DirichletSampler.of(rng, dirichlet).sample();
        normalise(q);
        double[] phi = new double[types()];
        for (int k = 0; k < phi.length; k++) {
            if (integerPhi) {
                int lo = (int) Math.ceil(phiRanges[k][0]), hi = (int) Math.floor(phiRanges[k][1]);
                phi[k] = lo + rng.nextInt(hi - lo + 1);
            } else {
                phi[k] = uniform(rng, phiRanges[k]);
            }
        }
        return new NetworkState(devices, a, d, q, phi);
    }

    /** Lower and upper bounds of the flat state vector, for the observation space. */
    public double[][] vectorBounds() {
        int k = types();
        double[] lo = new double[NetworkState.vectorLength(k)], hi = new double[lo.length];
        lo[0] = hi[0] = devices;
        lo[1] = hi[1] = k;
        lo[2] = aMaxRange[0];
        hi[2] = aMaxRange[1];
        lo[3] = dMaxRange[0];
        hi[3] = dMaxRange[1];
        for (int i = 0; i < k; i++) {
            lo[4 + i] = 0;
            hi[4 + i] = 1;
            lo[4 + k + i] = phiRanges[i][0];
            hi[4 + k + i] = phiRanges[i][1];
        }
        return new double[][] {lo, hi};
    }

    private static double uniform(UniformRandomProvider rng, double[] r) {
        return r[0] + (r[1] - r[0]) * rng.nextDouble();
    }

    /** Dirichlet draws sum to 1 only up to rounding; make the sum exact enough for NetworkState. */
    private static void normalise(double[] q) {
        double s = 0;
        for (double v : q) s += v;
        for (int i = 0; i < q.length; i++) q[i] /= s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateDistribution s && s.devices == devices && s.integerPhi == integerPhi
                && Arrays.equals(s.aMaxRange, aMaxRange) && Arrays.equals(s.dMaxRange, dMaxRange)
                && Arrays.equals(s.dirichlet, dirichlet) && Arrays.deepEquals(s.phiRanges, phiRanges);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(phiRanges) * 31 + Arrays.hashCode(dirichlet) + devices;
    }

    @Override
    public String toString() {
        return "StateDistribution{M=" + devices + ", A_max~U" + Arrays.toString(aMaxRange) + ", D_max~U"
                + Arrays.toString(dMaxRange) + ", Q~Dir" + Arrays.toString(dirichlet) + ", phi~" + Arrays.deepToString(phiRanges)
                + (integerPhi ? " (integers)" : "") + "}";
    }
}
