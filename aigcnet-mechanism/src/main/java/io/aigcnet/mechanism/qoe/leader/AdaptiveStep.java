package io.aigcnet.mechanism.qoe.leader;

/**
 * A per-reward adaptive step for Algorithm 1 (not in the paper; docs/decisions.md). Every
 * coordinate R_nm keeps its own Δ_nm, starting at {@code initial}: after the three-point rule
 * moves R_nm in the same direction as its previous move, Δ_nm grows by {@code growth} (capped at
 * the user's reward range); when the rule stays, reverses, or the move is clipped at a bound,
 * Δ_nm shrinks by {@code shrink}. Near a maximiser the centre wins and the step halves, so each
 * reward is bracketed like a bisection; far from it the step grows geometrically. The iteration
 * stops by line 27's test and, in addition, once every Δ_nm is at most {@code tolerance}·R_nm and
 * a certificate holds: no user strictly gains by moving any one reward by ±{@code probe}·R_nm.
 * The certificate matters when providers' capacities bind: then one user's move shifts the
 * provider's shadow price and reverses its neighbours' directions, so all steps can shrink
 * together before the rewards reach the equilibrium. A coordinate that fails it restarts from
 * the probe step.
 *
 * @param initial   Δ_nm at t = 1 (in reward units)
 * @param growth    factor after a repeated move, &gt; 1
 * @param shrink    factor after a stay, a reversal or a clipped move, in (0, 1)
 * @param tolerance relative step size below which a reward counts as settled
 * @param probe     relative step of the stopping certificate, &gt; tolerance
 */
public record AdaptiveStep(double initial, double growth, double shrink, double tolerance, double probe)
        implements StepSchedule {

    /** 1.2 / 0.5, the usual sign-based adaptive-step factors (Riedmiller–Braun Rprop). */
    public static final double DEFAULT_GROWTH = 1.2;
    public static final double DEFAULT_SHRINK = 0.5;
    public static final double DEFAULT_TOLERANCE = 1e-10;
    public static final double DEFAULT_PROBE = 1e-6;

    public AdaptiveStep {
        if (!(initial > 0) || !Double.isFinite(initial)) {
            throw new IllegalArgumentException("adaptive initial step must be positive, got " + initial);
        }
        if (!(growth > 1) || !Double.isFinite(growth)) {
            throw new IllegalArgumentException("adaptive growth must be > 1, got " + growth);
        }
        if (!(shrink > 0 && shrink < 1)) {
            throw new IllegalArgumentException("adaptive shrink must lie in (0, 1), got " + shrink);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("adaptive tolerance must lie in (0, 1), got " + tolerance);
        }
        if (!(probe > tolerance && probe < 1)) {
            throw new IllegalArgumentException("adaptive probe must lie in (tolerance, 1), got " + probe);
        }
    }

    public static AdaptiveStep of(double initial) {
        return new AdaptiveStep(initial, DEFAULT_GROWTH, DEFAULT_SHRINK, DEFAULT_TOLERANCE, DEFAULT_PROBE);
    }

    /** The starting step of every coordinate; the per-coordinate steps then evolve. */
    @Override
    public double step(int t) {
        return initial;
    }

    @Override
    public String describe() {
        return "adaptive:" + initial;
    }

    /** The next Δ_nm after a move in direction {@code dir} (0: stayed or clipped) following {@code lastDir}. */
    double next(double delta, int dir, int lastDir, double range) {
        if (dir != 0 && dir == lastDir) {
            return Math.min(delta * growth, range);
        }
        if (dir != 0 && lastDir == 0) {
            return delta; // first move (or first after a stay): keep the step
        }
        return delta * shrink;
    }
}
