package io.aigcnet.mechanism.qoe.scheme;

/**
 * The constants the paper leaves open for its baselines (decisions in docs/decisions.md).
 *
 * @param ratio1Total     R_total of Ratio1 (paper: 5)
 * @param ratio2Total     R_total of Ratio2 (paper: 1)
 * @param tokenPriceIn    reward per unit QoE per 1000 input tokens (Token scheme)
 * @param tokenPriceOut   reward per unit QoE per 1000 output tokens (Token scheme)
 */
public record BaselineSettings(double ratio1Total, double ratio2Total, double tokenPriceIn, double tokenPriceOut) {

    /**
     * Ratio totals from the paper; token prices 2 / 6 per 1000 tokens: the 1:3 input:output ratio of
     * chat APIs, at a level where providers saturate compute as the paper reports for Token.
     */
    public static final BaselineSettings PAPER = new BaselineSettings(5, 1, 2, 6);

    public BaselineSettings {
        for (double v : new double[] {ratio1Total, ratio2Total, tokenPriceIn, tokenPriceOut}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("baseline constants must be positive, got " + v);
            }
        }
    }
}
