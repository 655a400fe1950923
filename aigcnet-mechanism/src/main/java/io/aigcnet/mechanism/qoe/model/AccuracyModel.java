package io.aigcnet.mechanism.qoe.model;

/**
 * The CoT performance-gap bound θ̂ = β (η/(1−η))^K of seed 003 eq. (6): K chain-of-thought
 * examples, each with ambiguity at most η, shrink the gap geometrically. The defaults β = 0.1 and
 * η = 1/11 are implied by Sec. VI-A, which pairs θ̂ = 1e−11 … 1e−3 with K = 10 … 2.
 *
 * @param beta the gap constant β > 0
 * @param eta  the ambiguity bound η in (0, 1/2)
 */
public record AccuracyModel(double beta, double eta) {

    /** β = 0.1, η = 1/11, so θ̂ = 10^−(K+1). */
    public static final AccuracyModel PAPER = new AccuracyModel(0.1, 1.0 / 11.0);

    public AccuracyModel {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("accuracy.beta must be a positive number, got " + beta);
        }
        if (!(eta > 0 && eta < 0.5)) {
            throw new IllegalArgumentException("accuracy.eta must lie in (0, 0.5), got " + eta);
        }
    }

    /** The geometric rate η/(1−η) in [0, 1). */
    public double rate() {
        return eta / (1 - eta);
    }

    // QoE seed 003 eq. (6): θ̂ = β (η/(1−η))^K
    public double thetaHat(int cotExamples) {
        if (cotExamples < 0) {
            throw new IllegalArgumentException("K must be >= 0, got " + cotExamples);
        }
        return beta * Math.pow(rate(), cotExamples);
    }

    /** Smallest K whose bound meets the accuracy demand θ̂ (inverse of eq. (6), rounded up). */
    public int cotExamples(double thetaHat) {
        requireTheta(thetaHat);
        double k = Math.log(thetaHat / beta) / Math.log(rate());
        // a tolerance so that θ̂ computed from an integer K maps back to that K despite rounding
        return Math.max(0, (int) Math.ceil(k - 1e-9));
    }

    /** The accuracy cost ln(1/θ̂) that multiplies the compute term of eq. (7). */
    public static double accuracyCost(double thetaHat) {
        requireTheta(thetaHat);
        return -Math.log(thetaHat);
    }

    private static void requireTheta(double thetaHat) {
        if (!(thetaHat > 0 && thetaHat < 1)) {
            throw new IllegalArgumentException("theta must lie in (0, 1), got " + thetaHat);
        }
    }
}
