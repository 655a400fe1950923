package io.aigcnet.mechanism.datasharing.model;

/**
 * Age of Information, service latency and Quality of Data of one device whose cache is refreshed
 * every {@code theta} slots (equivalently at frequency {@code f = 1/theta}).
 *
 * <p>theta may be fractional: the paper's action is a continuous frequency, so the closed forms
 * are evaluated at any theta &ge; 1. The log argument of eq. (4) can be non-positive for very
 * small frequencies (the {@code alpha t / (2f)} term blows up); {@link #qodOfFrequency} then
 * returns {@code -Infinity} and {@link #isDefined} is false, so callers can treat such a contract
 * as unusable instead of propagating NaN.
 *
 * @param market alpha and slot length t
 * @param aMax   maximum tolerated average AoI, seconds
 * @param dMax   maximum tolerated average service latency, seconds
 */
public record QualityOfData(MarketParams market, double aMax, double dMax) {

    public QualityOfData {
        if (market == null) throw new IllegalArgumentException("market parameters are required");
        if (!Double.isFinite(aMax) || !Double.isFinite(dMax))
            throw new IllegalArgumentException("A_max and D_max must be finite, got " + aMax + ", " + dMax);
    }

    // Data-sharing paper eq. (1): average AoI, closed form t(1/theta + theta/2 + 1/2)
    public static double averageAoi(double theta, double slot) {
        requireTheta(theta);
        return slot * (1.0 / theta + theta / 2.0 + 0.5);
    }

    // Data-sharing paper eq. (2): average service latency t(1 + 1/theta)
    public static double averageLatency(double theta, double slot) {
        requireTheta(theta);
        return slot * (1.0 + 1.0 / theta);
    }

    // Data-sharing paper eq. (3), first part: AoI impact G = A_max - A_bar
    public double aoiImpact(double averageAoi) {
        return aMax - averageAoi;
    }

    // Data-sharing paper eq. (3), second part: latency impact H = D_max - D_bar
    public double latencyImpact(double averageLatency) {
        return dMax - averageLatency;
    }

    // Data-sharing paper eq. (4): argument of the logarithm, alpha(G - H) + H + 1
    public double logArgument(double theta) {
        double g = aoiImpact(averageAoi(theta, market.slot()));
        double h = latencyImpact(averageLatency(theta, market.slot()));
        return market.alpha() * (g - h) + h + 1.0;
    }

    // Data-sharing paper eq. (4): QoD = ln(alpha(G - H) + H + 1); -Infinity where the argument is <= 0
    public double qod(double theta) {
        double x = logArgument(theta);
        return x > 0 ? Math.log(x) : Double.NEGATIVE_INFINITY;
    }

    /** Eq. (4) at frequency f = 1/theta. */
    public double qodOfFrequency(double f) {
        return qod(thetaOf(f));
    }

    /** Eq. (4)'s log argument at frequency f = 1/theta. */
    public double logArgumentOfFrequency(double f) {
        return logArgument(thetaOf(f));
    }

    /** d/df of the log argument, t(alpha/(2 f^2) - 1); used by the exact solver's first-order condition. */
    public double logArgumentSlope(double f) {
        return market.slot() * (market.alpha() / (2.0 * f * f) - 1.0);
    }

    /** True when eq. (4) is defined (log argument &gt; 0) at frequency f. */
    public boolean isDefined(double f) {
        return f > 0 && f <= 1 && logArgumentOfFrequency(f) > 0;
    }

    /**
     * The frequency maximising QoD alone, sqrt(alpha/2) (derived from eq. 4: the log argument is
     * concave in f with slope zero there); 0 when alpha = 0, where QoD only falls with f.
     */
    public double qodMaximisingFrequency() {
        return Math.sqrt(market.alpha() / 2.0);
    }

    private static double thetaOf(double f) {
        if (!(f > 0 && f <= 1))
            throw new IllegalArgumentException("update frequency f must be in (0, 1] (theta >= 1 slot), got " + f);
        return 1.0 / f;
    }

    private static void requireTheta(double theta) {
        if (!(theta >= 1) || Double.isInfinite(theta))
            throw new IllegalArgumentException("update cycle theta must be a finite number of slots >= 1, got " + theta);
    }
}
