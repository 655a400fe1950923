package io.aigcnet.mechanism.qoe.model;

/**
 * One (ASP n, MU m) pair in workload form, Q = κ − A/f − D/B (seed 003 eq. (7)).
 *
 * @param a    compute workload A in TFLOPS·ms
 * @param d    transmission workload D in MHz·ms
 * @param xIn  input tokens, or 0 when unknown (only the token-priced baseline needs tokens)
 * @param xOut output tokens, or 0 when unknown
 */
public record PairLoad(double a, double d, int xIn, int xOut) {

    public PairLoad {
        Asp.positive("A", a);
        Asp.positive("D", d);
        if (xIn < 0 || xOut < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, got " + xIn + ", " + xOut);
        }
    }

    public PairLoad(double a, double d) {
        this(a, d, 0, 0);
    }

    public boolean hasTokens() {
        return xOut > 0;
    }
}
