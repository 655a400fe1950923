package io.aigcnet.chain.workload;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Transaction fees F_e ~ χ²(ξ) with ξ = 0.59 (ProSecutor §IV-A, eq. (5)). The paper does not say the
 * unit of the fitted variate; we read one unit as {@code minorUnitsPerUnit} minor units of the chain's
 * token and round to the nearest minor unit, with a floor of 1 so that every fee is positive (a zero
 * fee would make spam free). With the default 10^6 minor units per unit, fees keep six significant
 * decimals of the χ² draw, so ties (FIFO among equal fees) are rare but possible.
 */
public final class ChiSquaredFees {
    /** Degrees of freedom of the paper's fee fit. */
    public static final double XI = 0.59;

    private final ContinuousDistribution.Sampler sampler;
    private final long minorUnitsPerUnit;

    public ChiSquaredFees(double degreesOfFreedom, long minorUnitsPerUnit, UniformRandomProvider rng) {
        if (!(degreesOfFreedom > 0) || minorUnitsPerUnit < 1) {
            throw new IllegalArgumentException("need degrees of freedom > 0 and minorUnitsPerUnit >= 1, got "
                    + degreesOfFreedom + ", " + minorUnitsPerUnit);
        }
        this.sampler = ChiSquaredDistribution.of(degreesOfFreedom).createSampler(rng);
        this.minorUnitsPerUnit = minorUnitsPerUnit;
    }

    public static ChiSquaredFees paper(UniformRandomProvider rng) {
        return new ChiSquaredFees(XI, 1_000_000L, rng);
    }

    /** One fee in minor units. */
    public long next() {
        return toMinorUnits(sampler.sample(), minorUnitsPerUnit);
    }

    /** The documented scaling: round(x · unit), at least 1. */
    static long toMinorUnits(double x, long minorUnitsPerUnit) {
        return Math.max(1L, Math.round(x * minorUnitsPerUnit));
    }
}
