package io.aigcnet.mechanism.qoe.model;

/**
 * The multi-dimensional QoE of seed 003 eq. (7), split into its workload factors so that
 * Q = κ − A/f − D/B. Units policy: κ and Q in ms, f in TFLOPS, B in MHz; hence A in TFLOPS·ms
 * and D in MHz·ms. ξ is in TFLOP per token-context unit per nat of accuracy cost, which is why
 * the compute workload carries a factor 1000 (s → ms); the transmission workload divides by 1000
 * because bits / (MHz · bit/s/Hz) is µs.
 */
public final class Qoe {

    /** Bits per token (1 token ≈ 4 bytes, seed 003 Sec. III-C). */
    public static final double BITS_PER_TOKEN = 32;

    private Qoe() {
    }

    // QoE seed 003 eq. (7), token sum Σ_{i=0}^{x_out−1} (x_in + i) in closed form
    public static double tokenSum(long xIn, long xOut) {
        if (xIn < 0 || xOut < 1) {
            throw new IllegalArgumentException("need x_in >= 0 and x_out >= 1, got " + xIn + ", " + xOut);
        }
        return (double) xOut * xIn + xOut * (xOut - 1) / 2.0;
    }

    // QoE seed 003 eq. (7), compute term numerator A = ξ ln(1/θ̂) S, in TFLOPS·ms
    public static double computeWorkload(double xi, double thetaHat, long xIn, long xOut) {
        if (!(xi > 0)) {
            throw new IllegalArgumentException("xi must be positive, got " + xi);
        }
        return 1000.0 * xi * AccuracyModel.accuracyCost(thetaHat) * tokenSum(xIn, xOut);
    }

    // QoE seed 003 eq. (7), transmission term numerator D = 32 (x_in + x_out) / log2(1+γ), in MHz·ms
    public static double transmitWorkload(long xIn, long xOut, Channel channel) {
        if (xIn < 0 || xOut < 1) {
            throw new IllegalArgumentException("need x_in >= 0 and x_out >= 1, got " + xIn + ", " + xOut);
        }
        return BITS_PER_TOKEN * (xIn + xOut) / channel.spectralEfficiency() / 1000.0;
    }

    // QoE seed 003 eq. (7): Q = κ − A/f − D/B (ms)
    public static double qoe(double kappa, double computeWorkload, double f, double transmitWorkload, double b) {
        return kappa - computeWorkload / f - transmitWorkload / b;
    }
}
