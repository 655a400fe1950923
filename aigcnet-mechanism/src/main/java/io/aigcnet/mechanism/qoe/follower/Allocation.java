package io.aigcnet.mechanism.qoe.follower;

/**
 * One provider's optimal response (immutable): f (TFLOPS), B (MHz), Q (ms) and the C1
 * multipliers ν per user, the capacity multipliers λ and ρ, the utility of eq. (8) and the
 * resource cost Σ (c^f f + c^B B). Array accessors return copies.
 */
public final class Allocation {

    private final double[] f;
    private final double[] b;
    private final double[] q;
    private final double[] nu;
    private final double lambda;
    private final double rho;
    private final double utility;
    private final double cost;

    Allocation(double[] f, double[] b, double[] q, double[] nu, double lambda, double rho,
            double utility, double cost) {
        this.f = f;
        this.b = b;
        this.q = q;
        this.nu = nu;
        this.lambda = lambda;
        this.rho = rho;
        this.utility = utility;
        this.cost = cost;
    }

    public double[] f() {
        return f.clone();
    }

    public double[] b() {
        return b.clone();
    }

    public double[] q() {
        return q.clone();
    }

    public double[] nu() {
        return nu.clone();
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

    public int size() {
        return f.length;
    }
}
