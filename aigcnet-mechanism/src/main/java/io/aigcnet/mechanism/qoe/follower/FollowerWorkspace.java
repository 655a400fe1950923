package io.aigcnet.mechanism.qoe.follower;

import java.util.Arrays;

/**
 * Scratch output of one provider's solve: per-user f, B, Q and C1 multiplier ν, the capacity
 * multipliers λ (compute) and ρ (bandwidth), utility (eq. (8)) and resource cost. Mutable and
 * reused on purpose; call {@link #toAllocation()} for an immutable copy.
 */
public final class FollowerWorkspace {

    final double[] f;
    final double[] b;
    final double[] q;
    final double[] nu;
    final double[] sqrtA;
    final double[] sqrtD;
    final double[] sqrtR;
    double lambda;
    double rho;
    double utility;
    double cost;
    double sumF;
    double sumB;
    int size;
    // aggregates of the joint solver for O(1) single-reward perturbations (JointAllocation only)
    boolean aggregatesValid;
    // the A and D arrays whose square roots sqrtA, sqrtD currently hold (JointAllocation only)
    double[] cachedA;
    double[] cachedD;
    double alpha;
    double beta;
    double invAlpha;
    double invBeta;
    double alphaFloor;
    double betaFloor;
    double sumSqrtRA;
    double sumSqrtRD;
    double c1A;
    double c1D;
    double c1Cross;
    double tightest;
    int tightestIndex;
    double secondTightest;
    double loosestC1;
    int loosestC1Index;
    double secondLoosestC1;
    double tmpAlpha;
    double tmpBeta;
    final boolean[] onC1;
    // users the provider declined (participation; Participation only) and how many
    final boolean[] declined;
    int declinedCount;
    // the number of users an equal split divides by (SplitAllocation under Participation); 0: the solve's size
    int splitCount;

    public FollowerWorkspace(int capacity) {
        f = new double[capacity];
        b = new double[capacity];
        q = new double[capacity];
        nu = new double[capacity];
        sqrtA = new double[capacity];
        sqrtD = new double[capacity];
        sqrtR = new double[capacity];
        onC1 = new boolean[capacity];
        declined = new boolean[capacity];
    }

    /** Whether the provider declined user m (its utility from serving m would be negative). */
    public boolean declined(int m) {
        return declined[m];
    }

    /** How many users the provider declined in the last solve. */
    public int declinedCount() {
        return declinedCount;
    }

    public int size() {
        return size;
    }

    public double f(int m) {
        return f[m];
    }

    public double b(int m) {
        return b[m];
    }

    public double q(int m) {
        return q[m];
    }

    public double nu(int m) {
        return nu[m];
    }

    public double lambda() {
        return lambda;
    }

    public double rho() {
        return rho;
    }

    public double utility() {
        return utility;
    }

    public double cost() {
        return cost;
    }

    /** Σ_m f_m, cached when the solve finished. */
    public double sumF() {
        return sumF;
    }

    /** Σ_m B_m, cached when the solve finished. */
    public double sumB() {
        return sumB;
    }

    /** Copies everything from another workspace of the same size. */
    public void copyFrom(FollowerWorkspace o) {
        size = o.size;
        System.arraycopy(o.f, 0, f, 0, size);
        System.arraycopy(o.b, 0, b, 0, size);
        System.arraycopy(o.q, 0, q, 0, size);
        System.arraycopy(o.nu, 0, nu, 0, size);
        lambda = o.lambda;
        rho = o.rho;
        utility = o.utility;
        cost = o.cost;
        sumF = o.sumF;
        sumB = o.sumB;
        System.arraycopy(o.declined, 0, declined, 0, size);
        declinedCount = o.declinedCount;
        aggregatesValid = false;
    }

    public Allocation toAllocation() {
        return new Allocation(Arrays.copyOf(f, size), Arrays.copyOf(b, size), Arrays.copyOf(q, size),
                Arrays.copyOf(nu, size), lambda, rho, utility, cost);
    }

    void ensure(int m) {
        aggregatesValid = false;
        if (m > f.length) {
            throw new IllegalArgumentException("workspace holds " + f.length + " users, asked for " + m);
        }
        size = m;
    }

    // QoE seed 003 eq. (8): U^asp = Σ_m (R Q − c^f f − c^B B); also records the resource cost
    void finish(double costF, double costB, double[] r) {
        double u = 0;
        double c = 0;
        double sf = 0;
        double sb = 0;
        for (int m = 0; m < size; m++) {
            double cm = costF * f[m] + costB * b[m];
            c += cm;
            u += r[m] * q[m] - cm;
            sf += f[m];
            sb += b[m];
        }
        utility = u;
        cost = c;
        sumF = sf;
        sumB = sb;
    }
}
