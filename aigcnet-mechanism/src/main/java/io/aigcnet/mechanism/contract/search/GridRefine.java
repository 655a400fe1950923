package io.aigcnet.mechanism.contract.search;

import java.util.function.DoubleUnaryOperator;

/**
 * Maximises f on [lo, hi]: evaluates an even grid of {@code points} (ends included), then refines by golden
 * section inside the two grid cells around the best grid point. Exact for unimodal f up to {@code tol}; for
 * multimodal f it finds the best mode the grid resolves. Ties keep the lowest argument, so the cheaper action
 * wins when the agent is indifferent.
 */
public final class GridRefine {
    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    /** The maximiser and its value. */
    public record Max(double x, double value) {}

    private GridRefine() {}

    public static Max maximise(DoubleUnaryOperator f, double lo, double hi, int points, double tol) {
        if (!(hi >= lo)) throw new IllegalArgumentException("search interval needs lo <= hi, got [" + lo + ", " + hi + "]");
        if (points < 2) throw new IllegalArgumentException("grid needs >= 2 points, got " + points);
        if (hi == lo) return new Max(lo, f.applyAsDouble(lo));
        double step = (hi - lo) / (points - 1);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            double v = f.applyAsDouble(lo + i * step);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double bestX = lo + best * step;
        double a = Math.max(lo, bestX - step), b = Math.min(hi, bestX + step);
        double c = b - INV_PHI * (b - a), d = a + INV_PHI * (b - a);
        double fc = f.applyAsDouble(c), fd = f.applyAsDouble(d);
        while (b - a > tol) {
            if (fc >= fd) {
                b = d; d = c; fd = fc;
                c = b - INV_PHI * (b - a); fc = f.applyAsDouble(c);
            } else {
                a = c; c = d; fc = fd;
                d = a + INV_PHI * (b - a); fd = f.applyAsDouble(d);
            }
        }
        double x = 0.5 * (a + b), v = f.applyAsDouble(x);
        return v > bestValue ? new Max(x, v) : new Max(bestX, bestValue);
    }
}
