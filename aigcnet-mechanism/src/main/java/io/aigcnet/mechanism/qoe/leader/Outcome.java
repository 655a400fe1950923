package io.aigcnet.mechanism.qoe.leader;

/**
 * A solved game state: rewards R and the providers' responses f, B, Q (all [n][m]), each user's
 * utility (eq. (9)) and service cost Σ_n R Q, each provider's utility (eq. (8)) and resource cost,
 * and how the solver got there. Arrays are defensive copies.
 */
public final class Outcome {

    private final double[][] r;
    private final double[][] f;
    private final double[][] b;
    private final double[][] q;
    private final double[] muUtility;
    private final double[] muCost;
    private final double[] aspUtility;
    private final double[] aspCost;
    private final int iterations;
    private final boolean converged;

    public Outcome(double[][] r, double[][] f, double[][] b, double[][] q, double[] muUtility, double[] muCost,
            double[] aspUtility, double[] aspCost, int iterations, boolean converged) {
        this.r = deep(r);
        this.f = deep(f);
        this.b = deep(b);
        this.q = deep(q);
        this.muUtility = muUtility.clone();
        this.muCost = muCost.clone();
        this.aspUtility = aspUtility.clone();
        this.aspCost = aspCost.clone();
        this.iterations = iterations;
        this.converged = converged;
    }

    static double[][] deep(double[][] x) {
        double[][] c = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }

    public Outcome withIterations(int newIterations, boolean newConverged) {
        return new Outcome(r, f, b, q, muUtility, muCost, aspUtility, aspCost, newIterations, newConverged);
    }

    public double[][] r() {
        return deep(r);
    }

    public double[][] f() {
        return deep(f);
    }

    public double[][] b() {
        return deep(b);
    }

    public double[][] q() {
        return deep(q);
    }

    public double r(int n, int m) {
        return r[n][m];
    }

    public double f(int n, int m) {
        return f[n][m];
    }

    public double b(int n, int m) {
        return b[n][m];
    }

    public double q(int n, int m) {
        return q[n][m];
    }

    public double[] muUtility() {
        return muUtility.clone();
    }

    public double[] muCost() {
        return muCost.clone();
    }

    public double[] aspUtility() {
        return aspUtility.clone();
    }

    public double[] aspCost() {
        return aspCost.clone();
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    public int aspCount() {
        return r.length;
    }

    public int muCount() {
        return r[0].length;
    }
}
