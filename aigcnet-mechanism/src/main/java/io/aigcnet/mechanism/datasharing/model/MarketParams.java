package io.aigcnet.mechanism.datasharing.model;

/**
 * The parameters the base station knows and that do not change from round to round.
 *
 * @param alpha preference of every device for AoI over service latency, in [0, 1] (eq. 4; one
 *              common value, as in the paper's simulation)
 * @param beta  unit profit of QoD for the base station, &gt; 0 (eq. 7)
 * @param slot  slot length t = l / tau in seconds; the paper's 24 Kb / 24 Mbps gives 0.001 s.
 *              A_max and D_max are read in seconds too (see docs/decisions.md).
 */
public record MarketParams(double alpha, double beta, double slot) {

    /** Paper defaults: alpha = 0.75 (Fig. 2), beta = 100, t = 1 ms. */
    public static final MarketParams PAPER = new MarketParams(0.75, 100.0, 0.001);

    public MarketParams {
        if (!(alpha >= 0 && alpha <= 1))
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        if (!(beta > 0) || Double.isInfinite(beta))
            throw new IllegalArgumentException("beta must be a finite number > 0, got " + beta);
        if (!(slot > 0) || Double.isInfinite(slot))
            throw new IllegalArgumentException("t (slot length, seconds) must be a finite number > 0, got " + slot);
    }

    /** Slot length from data size and rate, both in bits and bits per second: t = l / tau. */
    public static double slotLength(double dataBits, double rateBitsPerSecond) {
        if (!(dataBits > 0) || !(rateBitsPerSecond > 0))
            throw new IllegalArgumentException("l and tau must be > 0, got l=" + dataBits + ", tau=" + rateBitsPerSecond);
        return dataBits / rateBitsPerSecond;
    }

    public MarketParams withAlpha(double newAlpha) {
        return new MarketParams(newAlpha, beta, slot);
    }
}
