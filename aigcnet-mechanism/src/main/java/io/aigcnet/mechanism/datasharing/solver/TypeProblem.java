package io.aigcnet.mechanism.datasharing.solver;

import io.aigcnet.mechanism.datasharing.model.QualityOfData;

/**
 * The scalar problem left for one type (or one ironed pool of types) after the contract
 * reduction: maximise {@code weight * ln X(f) - cost * f} over f in the bounds, where X is eq. (4)'s
 * log argument. X is concave in f, so ln X is concave and the objective is concave on the set
 * where X &gt; 0; its maximiser is found by bisection on the derivative, which is monotone.
 */
final class TypeProblem {

    private static final int ITERATIONS = 200;

    private final QualityOfData quality;
    private final double lo;
    private final double hi;

    /** Restricts the bounds to where X(f) &gt; 0; fails when X &le; 0 on the whole interval. */
    TypeProblem(QualityOfData quality, FrequencyBounds bounds) {
        this.quality = quality;
        double a = bounds.fMin(), b = bounds.fMax();
        double peak = Math.min(b, Math.max(a, quality.qodMaximisingFrequency()));
        if (!(x(peak) > 0))
            throw new IllegalArgumentException("QoD is undefined for every f in [" + a + ", " + b + "]: eq. (4)'s log argument"
                    + " is <= 0 (A_max=" + quality.aMax() + " s, D_max=" + quality.dMax() + " s, t=" + quality.market().slot()
                    + " s); check that t, A_max and D_max are all in seconds");
        this.lo = x(a) > 0 ? a : rootBetween(a, peak);
        this.hi = x(b) > 0 ? b : rootBetween(b, peak);
    }

    double lower() { return lo; }

    double upper() { return hi; }

    private double x(double f) {
        return quality.logArgumentOfFrequency(f);
    }

    /** The point nearest {@code outside} where X is still positive, between an X&le;0 end and the X&gt;0 peak. */
    private double rootBetween(double outside, double inside) {
        double bad = outside, good = inside;
        for (int i = 0; i < ITERATIONS && bad != good; i++) {
            double mid = 0.5 * (bad + good);
            if (mid == bad || mid == good) break;
            if (x(mid) > 0) good = mid; else bad = mid;
        }
        return good;
    }

    /** weight * ln X(f) - cost * f. */
    double objective(double weight, double cost, double f) {
        double lnX = Math.log(x(f));
        return (weight == 0 ? 0 : weight * lnX) - cost * f;
    }

    /** d/df of the objective: weight * X'(f) / X(f) - cost. */
    double derivative(double weight, double cost, double f) {
        return weight * quality.logArgumentSlope(f) / x(f) - cost;
    }

    /** The maximiser over [lower, upper]; the lower end when the objective only falls (weight = 0 or alpha = 0). */
    double argmax(double weight, double cost) {
        if (!(weight >= 0) || !(cost >= 0))
            throw new IllegalArgumentException("type problem needs weight >= 0 and cost >= 0, got " + weight + ", " + cost);
        if (derivative(weight, cost, lo) <= 0) return lo;
        if (derivative(weight, cost, hi) >= 0) return hi;
        double a = lo, b = hi;
        for (int i = 0; i < ITERATIONS; i++) {
            double mid = 0.5 * (a + b);
            if (mid == a || mid == b) break;
            if (derivative(weight, cost, mid) > 0) a = mid; else b = mid;
        }
        return 0.5 * (a + b);
    }
}
