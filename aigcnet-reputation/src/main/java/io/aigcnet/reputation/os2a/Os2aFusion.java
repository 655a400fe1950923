package io.aigcnet.reputation.os2a;

/**
 * Fusion of the objective and subjective OS²A components after min-max normalisation.
 * The paper leaves α and the bounds open; callers pass them (see docs/decisions.md).
 */
public final class Os2aFusion {
    private Os2aFusion() {}

    // ProSecutor eq. (2): Ω(x) = (x − x_min) / (x_max − x_min)
    public static double minMax(double x, double xMin, double xMax) {
        if (!(xMax > xMin)) {
            throw new IllegalArgumentException("min-max bounds need x_max > x_min, got [" + xMin + ", " + xMax + "]");
        }
        return (x - xMin) / (xMax - xMin);
    }

    // ProSecutor eq. (1): OS²A = α·Ω(OS²A_O) + (1 − α)·Ω(OS²A_S)
    public static double os2a(double alpha, double objectiveNormalised, double subjectiveNormalised) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        return alpha * objectiveNormalised + (1 - alpha) * subjectiveNormalised;
    }

    /** Eq. (1) with eq. (2) applied to both raw components against their own bounds. */
    public static double os2a(double alpha, double objective, double objectiveMin, double objectiveMax,
                              double subjective, double subjectiveMin, double subjectiveMax) {
        return os2a(alpha, minMax(objective, objectiveMin, objectiveMax), minMax(subjective, subjectiveMin, subjectiveMax));
    }
}
