package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.learn.env.Space;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.FrequencyBounds;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The action of eq. (12) as a vector of 2K values in [-1, 1] (out-of-box values are clipped), and
 * how it becomes a menu. Two designs:
 *
 * <ul>
 *   <li>{@link Design#BOX}, the paper's: {@code [a_f1..a_fK, a_r1..a_rK]} mapped affinely onto
 *       f_k in [fMin, fMax] and r_k in [0, rMax]; IR and IC are checked afterwards and a violating
 *       menu earns the penalty U_p of eq. (13).</li>
 *   <li>{@link Design#MONOTONE}, ours: feasible by construction. With types ranked by increasing
 *       φ and u = (a + 1)/2 in [0, 1]: f_(1) = fMin + u_f1 (fMax − fMin) and f_(i) = f_(i−1) +
 *       u_fi (fMax − f_(i−1)), so frequencies rise with the type; r_(1) = f_(1)/φ_(1) + u_r1 rMax
 *       (type 1's IR with slack u_r1 rMax) and r_(i) = r_(i−1) + Δf_i (1/φ_(i) + u_ri (1/φ_(i−1)
 *       − 1/φ_(i))), a reward step between the binding downward (u = 0) and upward (u = 1) local IC.
 *       Monotone f with both local ICs gives every IC (single crossing), and type 1's IR gives every
 *       IR. The exact optimum (binding IR of type 1 and binding downward ICs) is u_r = 0, which a
 *       clipped Gaussian reaches with a mean at or below −1.</li>
 * </ul>
 */
public record ActionCodec(int types, FrequencyBounds frequency, double rMax, Design design) {

    /** How an action vector becomes a menu. */
    public enum Design {
        /** The paper's box: each (f_k, r_k) independently; IR/IC checked afterwards. */
        BOX,
        /** Cumulative and monotone in the type: every action decodes to an IR- and IC-feasible menu. */
        MONOTONE;

        /** The config spelling: "box" or "monotone". */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Design parse(String s) {
            for (Design d : values()) {
                if (d.key().equals(s)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("action design must be monotone or box, got '" + s + "'");
        }
    }

    /** Paper-sized codec with the paper's box design: f in [0.001, 1], r in [0, 1]. */
    public static ActionCodec standard(int types) {
        return new ActionCodec(types, FrequencyBounds.DEFAULT, 1.0, Design.BOX);
    }

    public ActionCodec(int types, FrequencyBounds frequency, double rMax) {
        this(types, frequency, rMax, Design.BOX);
    }

    public ActionCodec {
        if (types < 1) throw new IllegalArgumentException("K must be >= 1, got " + types);
        if (frequency == null) throw new IllegalArgumentException("frequency bounds are required");
        if (!(rMax > 0) || Double.isInfinite(rMax)) throw new IllegalArgumentException("r_max must be a finite number > 0, got " + rMax);
        if (design == null) throw new IllegalArgumentException("action design is required");
    }

    public ActionCodec withDesign(Design d) {
        return new ActionCodec(types, frequency, rMax, d);
    }

    public Space.Box space() {
        return Space.Box.of(2 * types, -1, 1);
    }

    /** The menu this action means for this state (the box design ignores the state). */
    public Contract decode(double[] action, NetworkState state) {
        return design == Design.BOX ? decodeBox(action) : decodeMonotone(action, state);
    }

    /** The paper's box decoding, whatever this codec's design (the random baselines draw raw menus). */
    public Contract decodeBox(double[] action) {
        checkLength(action);
        double[] f = new double[types], r = new double[types];
        for (int k = 0; k < types; k++) {
            f[k] = frequency.fMin() + unit(action[k]) * (frequency.fMax() - frequency.fMin());
            r[k] = unit(action[types + k]) * rMax;
        }
        return new Contract(f, r);
    }

    private Contract decodeMonotone(double[] action, NetworkState state) {
        checkLength(action);
        if (state == null || state.types() != types)
            throw new IllegalArgumentException("the monotone design needs the round's state with K = " + types + " types");
        int[] order = ascendingPhi(state);
        double[] f = new double[types], r = new double[types];
        double fPrev = 0, rPrev = 0, phiPrev = 0;
        for (int i = 0; i < types; i++) {
            int k = order[i];
            double phi = state.phi(k);
            double uf = unit(action[i]);
            double ur = unit(action[types + i]);
            double fk;
            double rk;
            if (i == 0) {
                fk = frequency.fMin() + uf * (frequency.fMax() - frequency.fMin());
                rk = fk / phi + ur * rMax; // Data sharing eq. (8), IR of the lowest type, plus slack
            } else {
                fk = fPrev + uf * (frequency.fMax() - fPrev);
                // Data sharing eq. (9): local downward IC (u = 0) to local upward IC (u = 1)
                rk = rPrev + (fk - fPrev) * (1 / phi + ur * (1 / phiPrev - 1 / phi));
            }
            f[k] = fk;
            r[k] = rk;
            fPrev = fk;
            rPrev = rk;
            phiPrev = phi;
        }
        return new Contract(f, r);
    }

    /**
     * The action that decodes to this contract for this state: exact for any menu the design can
     * produce (in particular the exact optimum); clipped into the box otherwise.
     */
    public double[] encode(Contract c, NetworkState state) {
        if (c.types() != types) throw new IllegalArgumentException("contract has " + c.types() + " items, codec expects " + types);
        double[] a = new double[2 * types];
        if (design == Design.BOX) {
            for (int k = 0; k < types; k++) {
                a[k] = toAction((c.f(k) - frequency.fMin()) / (frequency.fMax() - frequency.fMin()));
                a[types + k] = toAction(c.r(k) / rMax);
            }
            return a;
        }
        int[] order = ascendingPhi(state);
        for (int i = 0; i < types; i++) {
            int k = order[i];
            if (i == 0) {
                a[i] = toAction((c.f(k) - frequency.fMin()) / (frequency.fMax() - frequency.fMin()));
                a[types] = toAction((c.r(k) - c.f(k) / state.phi(k)) / rMax);
            } else {
                int j = order[i - 1];
                double room = frequency.fMax() - c.f(j);
                double df = c.f(k) - c.f(j);
                a[i] = toAction(room > 0 ? df / room : 0);
                double band = 1 / state.phi(j) - 1 / state.phi(k);
                a[types + i] = toAction(df > 0 && band > 0 ? ((c.r(k) - c.r(j)) / df - 1 / state.phi(k)) / band : 0);
            }
        }
        return a;
    }

    private void checkLength(double[] action) {
        if (action == null || action.length != 2 * types)
            throw new IllegalArgumentException("action must have 2K = " + 2 * types + " values, got "
                    + (action == null ? "none" : action.length));
    }

    private static int[] ascendingPhi(NetworkState s) {
        return IntStream.range(0, s.types()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(s::phi).thenComparingInt(k -> k))
                .mapToInt(Integer::intValue).toArray();
    }

    /** [-1, 1] (clipped) onto [0, 1]. */
    private static double unit(double a) {
        if (Double.isNaN(a)) throw new IllegalArgumentException("action contains NaN");
        return (Math.max(-1, Math.min(1, a)) + 1) * 0.5;
    }

    private static double toAction(double u) {
        return Math.max(-1, Math.min(1, 2 * u - 1));
    }
}
