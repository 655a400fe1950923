package io.aigcnet.mechanism.qoe.leader;

/**
 * Settings of Algorithm 1. The stopping rule is Σ_m |U_m^(t) − U_m^(t−1)| ≤ ε once at least
 * {@code minIterations} iterations ran, with a hard cap of {@code maxIterations}. The minimum
 * guards the diminishing schedule, whose shrinking steps make the utility change small long
 * before the rewards settle (spec §14 finding 4).
 */
public record DualPerturbationConfig(StepSchedule step, double epsilon, int maxIterations, int minIterations,
        UpdateOrder order, DecisionRule rule) {

    public static final double DEFAULT_EPSILON = 1e-6;
    public static final int DEFAULT_MAX_ITERATIONS = 100_000;
    public static final int DEFAULT_MIN_ITERATIONS = 50;

    public DualPerturbationConfig {
        if (step == null || order == null || rule == null) {
            throw new IllegalArgumentException("step, order and rule are required");
        }
        if (!(epsilon >= 0)) {
            throw new IllegalArgumentException("epsilon must be >= 0, got " + epsilon);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max-iterations must be >= 1, got " + maxIterations);
        }
        if (minIterations < 1 || minIterations > maxIterations) {
            throw new IllegalArgumentException("min-iterations must lie in [1, max-iterations], got " + minIterations);
        }
    }

    /** The default step: per-reward adaptive, starting at 0.01 (see {@link AdaptiveStep}). */
    public static final String DEFAULT_STEP = "adaptive:0.01";
    /** The paper-literal option: a constant Δ̂ = 1e−4 (Appendix A (ii)). */
    public static final String PAPER_STEP = "constant:1e-4";

    /** Adaptive per-reward step from 0.01, ε = 1e−6, cap 100,000, minimum 50, Jacobi, three-point rule. */
    public static DualPerturbationConfig defaults() {
        return new DualPerturbationConfig(StepSchedule.parse(DEFAULT_STEP), DEFAULT_EPSILON, DEFAULT_MAX_ITERATIONS,
                DEFAULT_MIN_ITERATIONS, UpdateOrder.JACOBI, DecisionRule.THREE_POINT);
    }

    /** As {@link #defaults()} but with the paper-literal constant step Δ̂ = 1e−4. */
    public static DualPerturbationConfig paperLiteral() {
        return defaults().withStep(StepSchedule.parse(PAPER_STEP));
    }

    public DualPerturbationConfig withStep(StepSchedule s) {
        return new DualPerturbationConfig(s, epsilon, maxIterations, minIterations, order, rule);
    }

    public DualPerturbationConfig withEpsilon(double e) {
        return new DualPerturbationConfig(step, e, maxIterations, minIterations, order, rule);
    }

    public DualPerturbationConfig withMaxIterations(int t) {
        return new DualPerturbationConfig(step, epsilon, t, Math.min(minIterations, t), order, rule);
    }

    public DualPerturbationConfig withMinIterations(int t) {
        return new DualPerturbationConfig(step, epsilon, maxIterations, t, order, rule);
    }

    public DualPerturbationConfig withOrder(UpdateOrder o) {
        return new DualPerturbationConfig(step, epsilon, maxIterations, minIterations, o, rule);
    }

    public DualPerturbationConfig withRule(DecisionRule r) {
        return new DualPerturbationConfig(step, epsilon, maxIterations, minIterations, order, r);
    }
}
