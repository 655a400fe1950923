package io.aigcnet.reputation.os2a;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** The fitted Ethereum fee density: a χ² with ξ = 0.59 degrees of freedom (ProSecutor Sec. V-B). */
public final class FeeDensity {
    /** Degrees of freedom the paper fitted on one million 2022 Ethereum transactions. */
    public static final double PAPER_DEGREES_OF_FREEDOM = 0.59;

    private final ChiSquaredDistribution distribution;

    private FeeDensity(double degreesOfFreedom) {
        this.distribution = ChiSquaredDistribution.of(degreesOfFreedom);
    }

    public static FeeDensity of(double degreesOfFreedom) {
        return new FeeDensity(degreesOfFreedom);
    }

    public static FeeDensity paper() {
        return of(PAPER_DEGREES_OF_FREEDOM);
    }

    // ProSecutor eq. (5): χ²(x; ξ) = x^(ξ/2−1)·e^(−x/2) / (2^(ξ/2)·Γ(ξ/2)) for x > 0, else 0
    public double density(double fee) {
        return fee > 0 ? distribution.density(fee) : 0.0;
    }

    public double cumulative(double fee) {
        return distribution.cumulativeProbability(fee);
    }

    public double degreesOfFreedom() {
        return distribution.getDegreesOfFreedom();
    }
}
