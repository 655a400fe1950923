package io.aigcnet.learn.algo.diffusion;

/**
 * A DDPM noise schedule β_1..β_T with the derived quantities the reverse process needs
 * (index t−1 in the arrays holds step t). Immutable.
 */
public final class BetaSchedule {
    private final double[] beta;
    private final double[] alphaBar;

    private BetaSchedule(double[] beta) {
        for (int i = 0; i < beta.length; i++)
            if (!(beta[i] > 0 && beta[i] < 1)) throw new IllegalArgumentException("beta_" + (i + 1) + " = " + beta[i] + " must be in (0, 1)");
        this.beta = beta.clone();
        this.alphaBar = new double[beta.length];
        double prod = 1;
        for (int i = 0; i < beta.length; i++) {
            prod *= 1 - beta[i];
            alphaBar[i] = prod;
        }
    }

    /**
     * Variance-preserving schedule (Song et al. 2021, discretised as in GDMOPT/Diffusion-QL):
     * β_t = 1 − exp(−b_min/T − ½(b_max − b_min)(2t − 1)/T²), t = 1..T (gsemcom spec §2.8, b_min 0.1, b_max 10).
     */
    public static BetaSchedule vp(int steps, double bMin, double bMax) {
        if (steps < 1) throw new IllegalArgumentException("diffusion steps T must be >= 1, got " + steps);
        double[] b = new double[steps];
        for (int t = 1; t <= steps; t++)
            b[t - 1] = 1 - Math.exp(-bMin / steps - 0.5 * (bMax - bMin) * (2.0 * t - 1) / ((double) steps * steps));
        return new BetaSchedule(b);
    }

    public static BetaSchedule vp(int steps) { return vp(steps, 0.1, 10.0); }

    /** Linear schedule β_t from β_1 to β_T (Ho et al. 2020, §4). */
    public static BetaSchedule linear(int steps, double first, double last) {
        if (steps < 1) throw new IllegalArgumentException("diffusion steps T must be >= 1, got " + steps);
        double[] b = new double[steps];
        for (int i = 0; i < steps; i++) b[i] = steps == 1 ? first : first + (last - first) * i / (steps - 1);
        return new BetaSchedule(b);
    }

    public int steps() { return beta.length; }
    public double beta(int t) { return beta[t - 1]; }
    public double alpha(int t) { return 1 - beta[t - 1]; }
    public double alphaBar(int t) { return t == 0 ? 1.0 : alphaBar[t - 1]; }

    /** x̂_0 = (x_t − √(1−ᾱ_t)·ε)/√ᾱ_t, coefficients {1/√ᾱ_t, √(1/ᾱ_t − 1)} (Ho et al. 2020, eq. (15) solved for x_0). */
    public double[] x0FromEpsCoefficients(int t) {
        double ab = alphaBar(t);
        return new double[]{1 / Math.sqrt(ab), Math.sqrt(1 / ab - 1)};
    }

    /**
     * Posterior q(x_{t−1} | x_t, x_0) mean coefficients {c_0, c_t}: μ̃ = c_0·x_0 + c_t·x_t with
     * c_0 = β_t√ᾱ_{t−1}/(1−ᾱ_t), c_t = (1−ᾱ_{t−1})√α_t/(1−ᾱ_t) (Ho et al. 2020, eq. (7)).
     */
    public double[] posteriorMeanCoefficients(int t) {
        double abPrev = alphaBar(t - 1), ab = alphaBar(t);
        return new double[]{beta(t) * Math.sqrt(abPrev) / (1 - ab), (1 - abPrev) * Math.sqrt(alpha(t)) / (1 - ab)};
    }

    /** Posterior variance β̃_t = β_t(1−ᾱ_{t−1})/(1−ᾱ_t) (Ho et al. 2020, eq. (7)); 0 at t = 1. */
    public double posteriorVariance(int t) {
        return beta(t) * (1 - alphaBar(t - 1)) / (1 - alphaBar(t));
    }
}
