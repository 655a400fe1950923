package io.aigcnet.reputation.os2a;

import java.util.Arrays;

/**
 * Queueing latency 𝒯q of a transaction in a fee-ordered (preemptive priority) pool, per fee class
 * (ProSecutor eq. (4), after Guo et al.). The fee range [f_m, f_M] is cut into Z equal sub-ranges,
 * each represented by its midpoint f_z; class Z (highest fee) is served first. Λ is the total
 * transaction arrival rate and p_z = χ²(f_z)/Σχ²(f_k) the share of class z (normalised over the bins).
 *
 * <p>The printed eq. (4) is not self-consistent (ambiguity A-4). {@link #corrected()} is the reading
 * recorded in docs/decisions.md and the one to use: Little's law applied to the classes z..Z alone, which
 * under preemptive priority form a queue of arrival rate Λ·P_z (P_z = Σ_{k≥z} p_k) that never sees the
 * lower classes. Their mean count is E(ℒ(Λ·P_z)) from a {@link QueueLengthModel}, a function of the load
 * (a constant E(ℒ) gives negative latencies). This yields prefactor 1/p_z, the sum over the
 * higher-priority classes k = z+1..Z, the printed base case T_Z = τ(p_Z·Λ), and the conservation law
 * Σ_z p_z·T_z = τ(Λ). {@link #literal()} keeps the printed form with a constant E(ℒ); its values are not
 * physical (they can be negative or increase with the fee) and it exists only for comparison.
 */
public final class FeePriorityQueueing {
    private final double[] fees;
    private final double[] density;
    private final double[] shares;
    private final double feeMin;
    private final double width;
    private final double arrivalRate;
    private final QueueLengthModel queue;

    /**
     * @param feeMin lower end f_m of the fee range (>= 0)
     * @param feeMax upper end f_M
     * @param classes Z, the number of fee sub-ranges
     * @param arrivalRate Λ, transactions per second entering the pool
     * @param queue E(ℒ) as a function of the arrival rate
     * @param feeDensity the fee density of eq. (5)
     */
    public FeePriorityQueueing(double feeMin, double feeMax, int classes, double arrivalRate,
                               QueueLengthModel queue, FeeDensity feeDensity) {
        if (!(feeMin >= 0) || !(feeMax > feeMin) || Double.isInfinite(feeMax)) {
            throw new IllegalArgumentException("fee range needs 0 <= f_m < f_M < inf, got [" + feeMin + ", " + feeMax + "]");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("number of fee classes Z must be >= 1, got " + classes);
        }
        ServiceLatency.requirePositive("arrival rate", arrivalRate);
        if (queue == null) {
            throw new IllegalArgumentException("queue-length model must not be null");
        }
        this.feeMin = feeMin;
        this.arrivalRate = arrivalRate;
        this.queue = queue;
        this.fees = new double[classes];
        this.density = new double[classes];
        this.shares = new double[classes];
        this.width = (feeMax - feeMin) / classes;
        double total = 0;
        for (int z = 0; z < classes; z++) {
            fees[z] = feeMin + (z + 0.5) * width;
            density[z] = feeDensity.density(fees[z]);
            total += density[z];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the fee density is zero on every class of [" + feeMin + ", " + feeMax + "]");
        }
        for (int z = 0; z < classes; z++) {
            shares[z] = density[z] / total;
            if (!(shares[z] > 0)) {
                throw new IllegalArgumentException("fee class " + (z + 1) + " (f = " + fees[z] + ") has zero arrival share "
                        + "(the chi-squared density underflows there); narrow the fee range [" + feeMin + ", " + feeMax + "]");
            }
        }
    }

    /**
     * The paper's inputs: a monitored mean pool length E(ℒ) instead of Λ. Λ is the arrival rate at which the
     * queue model has that mean length, so {@link #meanQueueLength()} returns the monitored value.
     */
    public static FeePriorityQueueing fromMonitoredQueueLength(double feeMin, double feeMax, int classes,
                                                               double meanQueueLength, QueueLengthModel queue,
                                                               FeeDensity feeDensity) {
        ServiceLatency.requirePositive("mean queue length", meanQueueLength);
        return new FeePriorityQueueing(feeMin, feeMax, classes, queue.arrivalRateFor(meanQueueLength), queue, feeDensity);
    }

    // Little's law as used in ProSecutor eq. (4): τ(x) = E(ℒ(x)) / x, with E(ℒ) depending on the load
    public double tau(double arrival) {
        return queue.sojourn(arrival);
    }

    // ProSecutor eq. (4), corrected: T_q(f_z) = (1/p_z)·[P_z·τ(Λ·P_z) − Σ_{k=z+1}^{Z} p_k·T_q(f_k)], P_z = Σ_{k=z}^{Z} p_k
    public double[] corrected() {
        int n = fees.length;
        double[] t = new double[n];
        double sharesFromZ = 0;
        double higherWeighted = 0; // Σ_{k=z+1}^{Z} p_k·T_q(f_k)
        for (int z = n - 1; z >= 0; z--) {
            sharesFromZ += shares[z];
            // P_z·τ(Λ·P_z) = E(ℒ(Λ·P_z))/Λ: Little's law for classes z..Z, normalised by Λ like the shares
            double aggregate = sharesFromZ * tau(arrivalRate * sharesFromZ);
            if (Double.isInfinite(aggregate)) {
                // classes z..Z together saturate the chain: class z and every cheaper class wait forever
                Arrays.fill(t, 0, z + 1, Double.POSITIVE_INFINITY);
                return t;
            }
            t[z] = (aggregate - higherWeighted) / shares[z];
            higherWeighted += shares[z] * t[z];
        }
        return t;
    }

    /** 𝒯q for a transaction paying {@code fee}: the {@link #corrected()} latency of the class whose sub-range holds it. */
    public double latency(double fee) {
        return corrected()[classOf(fee)];
    }

    /** The 0-based class index of {@code fee}; the sub-ranges are [f_m + z·w, f_m + (z+1)·w), the last one closed. */
    public int classOf(double fee) {
        double feeMax = feeMin + width * fees.length;
        if (!(fee >= feeMin && fee <= feeMax)) {
            throw new IllegalArgumentException("fee must lie in [" + feeMin + ", " + feeMax + "], got " + fee);
        }
        return Math.min(fees.length - 1, (int) ((fee - feeMin) / width));
    }

    // ProSecutor eq. (4), literal: T_q(f_z) = (1/χ²(f_1))·[τ̄(Σ_{k=z}^{Z} χ²(f_k)·λ) − Σ_{k=z}^{Z−1} T_q(f_k)·χ²(f_k)], T_q(f_Z) = τ̄(χ²(f_Z)·λ), τ̄(x) = E(ℒ)/x, E(ℒ) constant
    public double[] literal() {
        int n = fees.length;
        double[] t = new double[n];
        double constantLength = meanQueueLength();
        if (Double.isInfinite(constantLength)) {
            Arrays.fill(t, Double.POSITIVE_INFINITY);
            return t;
        }
        t[n - 1] = constantLength / (density[n - 1] * arrivalRate);
        double densityFromZ = density[n - 1];
        double weightedBelowTop = 0; // Σ_{k=z+1}^{Z−1} χ²(f_k)·T_q(f_k)
        for (int z = n - 2; z >= 0; z--) {
            densityFromZ += density[z];
            // the unknown T_q(f_z) appears on both sides; solved: T_z·(χ²(f_1) + χ²(f_z)) = τ̄(·) − Σ_{k=z+1}^{Z−1}
            t[z] = (constantLength / (densityFromZ * arrivalRate) - weightedBelowTop) / (density[0] + density[z]);
            weightedBelowTop += density[z] * t[z];
        }
        return t;
    }

    /** The monitored mean pool length E(ℒ(Λ)) of all traffic; the constant the literal reading uses. */
    public double meanQueueLength() {
        return queue.meanLength(arrivalRate);
    }

    public double arrivalRate() {
        return arrivalRate;
    }

    public double[] classFees() {
        return fees.clone();
    }

    public double[] classShares() {
        return shares.clone();
    }

    public double[] classDensities() {
        return density.clone();
    }
}
