package io.aigcnet.reputation.os2a;

/**
 * Queueing latency 𝒯q of a transaction in a fee-ordered (preemptive priority) pool, per fee class
 * (ProSecutor eq. (4), after Guo et al.). The fee range [f_m, f_M] is cut into Z equal sub-ranges,
 * each represented by its midpoint f_z; class Z (highest fee) is served first.
 *
 * <p>The printed eq. (4) is not self-consistent (ambiguity A-4). {@link #corrected()} is the reading
 * recorded in docs/decisions.md: prefactor 1/π_z, the subtracted sum over the higher-priority classes
 * k = z+1..Z, and arrival shares π_z = χ²(f_z)/Σχ²(f_k) normalised over the Z bins, applied uniformly
 * from z = Z down to 1. {@link #literal()} keeps the printed form (prefactor 1/χ²(f_1), sum k = z..Z−1
 * solved for the unknown on both sides, raw density values, base case τ(χ²(f_Z)·λ)).
 */
public final class FeePriorityQueueing {
  private final double[] fees;
  private final double[] density;
  private final double[] shares;
  private final double arrivalRate;
  private final double meanQueueLength;

  /**
   * @param feeMin lower end f_m of the fee range (> 0 keeps the χ² density finite)
   * @param feeMax upper end f_M
   * @param classes Z, the number of fee sub-ranges
   * @param arrivalRate λ, transactions per second entering the pool
   * @param meanQueueLength E(ℒ), the monitored mean pool length
   * @param feeDensity the fee density of eq. (5)
   */
  public FeePriorityQueueing(double feeMin, double feeMax, int classes, double arrivalRate,
                             double meanQueueLength, FeeDensity feeDensity) {
    if (!(feeMin >= 0) || !(feeMax > feeMin) || Double.isInfinite(feeMax)) {
      throw new IllegalArgumentException("fee range needs 0 <= f_m < f_M < inf, got [" + feeMin + ", " + feeMax + "]");
    }
    if (classes < 1) {
      throw new IllegalArgumentException("number of fee classes Z must be >= 1, got " + classes);
    }
    ServiceLatency.requirePositive("arrival rate", arrivalRate);
    ServiceLatency.requirePositive("mean queue length", meanQueueLength);
    this.arrivalRate = arrivalRate;
    this.meanQueueLength = meanQueueLength;
    this.fees = new double[classes];
    this.density = new double[classes];
    this.shares = new double[classes];
    double width = (feeMax - feeMin) / classes;
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
    }
  }

  // Little's law as used in ProSecutor eq. (4): τ(x) = E(ℒ) / x
  public double tau(double arrival) {
    return meanQueueLength / arrival;
  }

  // ProSecutor eq. (4), corrected reading: T_q(f_z) = (1/π_z)·[τ(λ·Σ_{k=z}^{Z} π_k) − Σ_{k=z+1}^{Z} π_k·T_q(f_k)]
  public double[] corrected() {
    int n = fees.length;
    double[] t = new double[n];
    double sharesFromZ = 0;
    double higherWeighted = 0;
    for (int z = n - 1; z >= 0; z--) {
      sharesFromZ += shares[z];
      t[z] = (tau(arrivalRate * sharesFromZ) - higherWeighted) / shares[z];
      higherWeighted += shares[z] * t[z];
    }
    return t;
  }

  // ProSecutor eq. (4), literal: T_q(f_z) = (1/χ²(f_1))·[τ(Σ_{k=z}^{Z} χ²(f_k)·λ) − Σ_{k=z}^{Z−1} T_q(f_k)·χ²(f_k)], T_q(f_Z) = τ(χ²(f_Z)·λ)
  public double[] literal() {
    int n = fees.length;
    double[] t = new double[n];
    t[n - 1] = tau(density[n - 1] * arrivalRate);
    double densityFromZ = density[n - 1];
    double weightedBelowTop = 0; // Σ_{k=z+1}^{Z−1} χ²(f_k)·T_q(f_k)
    for (int z = n - 2; z >= 0; z--) {
      densityFromZ += density[z];
      // the unknown T_q(f_z) appears on both sides; solved: T_z·(χ²(f_1) + χ²(f_z)) = τ(·) − Σ_{k=z+1}^{Z−1}
      t[z] = (tau(densityFromZ * arrivalRate) - weightedBelowTop) / (density[0] + density[z]);
      weightedBelowTop += density[z] * t[z];
    }
    return t;
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
