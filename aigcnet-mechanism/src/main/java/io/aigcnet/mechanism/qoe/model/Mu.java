package io.aigcnet.mechanism.qoe.model;

/**
 * A mobile user (leader, seed 003 eq. (9)): profit-conversion factor μ and reward bounds
 * 0 < R^min ≤ R^max (R^min > 0 is needed for the follower's strict concavity, Theorem 2).
 */
public record Mu(double mu, double rMin, double rMax) {

    public Mu {
        Asp.positive("mu", mu);
        Asp.positive("R_min", rMin);
        Asp.positive("R_max", rMax);
        if (rMin > rMax) {
            throw new IllegalArgumentException("R_min must not exceed R_max, got " + rMin + " > " + rMax);
        }
    }

    /** R clamped to [R^min, R^max]. */
    public double clamp(double r) {
        return Math.max(rMin, Math.min(rMax, r));
    }
}
