package io.aigcnet.reputation.os2a;

/**
 * One transaction at a time, exponential service at rate μ (for the anchor chain μ = S_b·λ_block).
 * The simplest load-dependent E(ℒ); it ignores that blocks are packed in bulk ({@link PoissonBlockQueue}).
 *
 * @param serviceRate μ, transactions per second
 */
public record MM1Queue(double serviceRate) implements QueueLengthModel {
    public MM1Queue {
        ServiceLatency.requirePositive("service rate", serviceRate);
    }

    // M/M/1 mean number in system: E(ℒ) = ρ/(1 − ρ), ρ = x/μ (so τ(x) = 1/(μ − x))
    @Override
    public double meanLength(double arrivalRate) {
        QueueLengthModel.requireArrivalRate(arrivalRate);
        if (arrivalRate >= serviceRate) {
            return Double.POSITIVE_INFINITY;
        }
        return arrivalRate / (serviceRate - arrivalRate);
    }

    @Override
    public double capacity() {
        return serviceRate;
    }

    // inverse of ρ/(1 − ρ): ρ = E(ℒ)/(1 + E(ℒ)), x = μ·ρ
    @Override
    public double arrivalRateFor(double meanLength) {
        QueueLengthModel.requireMeanLength(meanLength);
        return serviceRate * meanLength / (1 + meanLength);
    }
}
