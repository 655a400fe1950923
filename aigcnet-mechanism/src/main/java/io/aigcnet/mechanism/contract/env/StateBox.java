package io.aigcnet.mechanism.contract.env;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where training states come from: each component uniform on [low, high] (rounded for integer components), and
 * the affine map of that box onto [−1, 1] that the learners observe. A degenerate component (low = high) is
 * observed as 0.
 */
public record StateBox(double[] low, double[] high, boolean[] integer) {
    public StateBox {
        if (low.length != high.length || low.length != integer.length || low.length == 0)
            throw new IllegalArgumentException("state box bounds need equal, non-zero lengths");
        for (int i = 0; i < low.length; i++)
            if (!(low[i] <= high[i]) || Double.isInfinite(low[i]) || Double.isInfinite(high[i]))
                throw new IllegalArgumentException("state box component " + i + " needs finite low <= high, got [" + low[i] + ", " + high[i] + "]");
        low = low.clone();
        high = high.clone();
        integer = integer.clone();
    }

    /** Each component of {@code centre} times [1 − spread, 1 + spread]. */
    public static StateBox around(double[] centre, double spread, boolean[] integer) {
        double[] lo = new double[centre.length], hi = new double[centre.length];
        for (int i = 0; i < centre.length; i++) {
            double a = centre[i] * (1 - spread), b = centre[i] * (1 + spread);
            lo[i] = Math.min(a, b);
            hi[i] = Math.max(a, b);
            if (integer[i]) {
                lo[i] = Math.ceil(lo[i]);
                hi[i] = Math.floor(hi[i]);
            }
        }
        return new StateBox(lo, hi, integer);
    }

    public int dimension() { return low.length; }

    public double[] sample(UniformRandomProvider rng) {
        double[] e = new double[low.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = low[i] + rng.nextDouble() * (high[i] - low[i]);
            if (integer[i]) e[i] = Math.min(high[i], Math.max(low[i], Math.rint(e[i])));
        }
        return e;
    }

    public double[] normalise(double[] e) {
        double[] x = new double[e.length];
        for (int i = 0; i < e.length; i++) x[i] = high[i] > low[i] ? 2 * (e[i] - low[i]) / (high[i] - low[i]) - 1 : 0;
        return x;
    }

    public boolean contains(double[] e) {
        for (int i = 0; i < e.length; i++) if (e[i] < low[i] - 1e-12 || e[i] > high[i] + 1e-12) return false;
        return true;
    }

    @Override public double[] low() { return low.clone(); }

    @Override public double[] high() { return high.clone(); }

    @Override public boolean[] integer() { return integer.clone(); }

    @Override public String toString() {
        return "StateBox[low=" + Arrays.toString(low) + ", high=" + Arrays.toString(high) + "]";
    }
}
