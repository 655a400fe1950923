package io.aigcnet.edge.asp;

/**
 * One ASP of the case study: its capacity in diffusion steps per time frame ({@code totalT}) and the
 * coefficients of its piecewise-linear utility (a_x, a_y, b_x, b_y).
 */
public record AspProfile(int totalT, double ax, double ay, double bx, double by) {
    public AspProfile {
        if (totalT < 1) throw new IllegalArgumentException("total_t must be >= 1, got " + totalT);
        if (!Double.isFinite(ax) || !Double.isFinite(ay) || !Double.isFinite(bx) || !Double.isFinite(by))
            throw new IllegalArgumentException("a_x, a_y, b_x, b_y must be finite numbers");
        if (!(ax < bx)) throw new IllegalArgumentException("a_x must be < b_x, got a_x = " + ax + ", b_x = " + bx);
    }

    /**
     * Utility of serving a task that needs {@code t} steps (survey §V-A via AGOD's REWARD):
     * 0 below a_x, (b_y − a_y)/(b_x − a_x)·(t − a_x) on [a_x, b_x], b_y − a_y above b_x.
     */
    public double utility(double t) {
        if (t < ax) return 0;
        if (t <= bx) return (by - ay) / (bx - ax) * (t - ax);
        return by - ay;
    }
}
