package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.learn.env.Space;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.solver.FrequencyBounds;

/**
 * The action of eq. (12) as a vector: {@code [a_f1..a_fK, a_r1..a_rK]} in [-1, 1]^{2K}, mapped
 * affinely onto f_k in [fMin, fMax] and r_k in [0, rMax]. Out-of-box values are clipped before the
 * contract is formed, so the IR/IC check always sees the executed (clipped) menu. The normalised
 * box lets any Gaussian policy start near the centre of the contract space without knowing units.
 */
public record ActionCodec(int types, FrequencyBounds frequency, double rMax) {

    /** Paper-sized codec: f in [0.001, 1], r in [0, 1]. */
    public static ActionCodec standard(int types) {
        return new ActionCodec(types, FrequencyBounds.DEFAULT, 1.0);
    }

    public ActionCodec {
        if (types < 1) throw new IllegalArgumentException("K must be >= 1, got " + types);
        if (frequency == null) throw new IllegalArgumentException("frequency bounds are required");
        if (!(rMax > 0) || Double.isInfinite(rMax)) throw new IllegalArgumentException("r_max must be a finite number > 0, got " + rMax);
    }

    public Space.Box space() {
        return Space.Box.of(2 * types, -1, 1);
    }

    public Contract decode(double[] action) {
        if (action == null || action.length != 2 * types)
            throw new IllegalArgumentException("action must have 2K = " + 2 * types + " values, got "
                    + (action == null ? "none" : action.length));
        double[] f = new double[types], r = new double[types];
        for (int k = 0; k < types; k++) {
            f[k] = scale(action[k], frequency.fMin(), frequency.fMax());
            r[k] = scale(action[types + k], 0, rMax);
        }
        return new Contract(f, r);
    }

    /** The normalised action that decodes to this contract (clipped into the box). */
    public double[] encode(Contract c) {
        if (c.types() != types) throw new IllegalArgumentException("contract has " + c.types() + " items, codec expects " + types);
        double[] a = new double[2 * types];
        for (int k = 0; k < types; k++) {
            a[k] = unscale(c.f(k), frequency.fMin(), frequency.fMax());
            a[types + k] = unscale(c.r(k), 0, rMax);
        }
        return a;
    }

    private static double scale(double a, double lo, double hi) {
        if (Double.isNaN(a)) throw new IllegalArgumentException("action contains NaN");
        double u = Math.max(-1, Math.min(1, a));
        return lo + (u + 1) * 0.5 * (hi - lo);
    }

    private static double unscale(double x, double lo, double hi) {
        if (hi == lo) return 0;
        return Math.max(-1, Math.min(1, 2 * (x - lo) / (hi - lo) - 1));
    }
}
