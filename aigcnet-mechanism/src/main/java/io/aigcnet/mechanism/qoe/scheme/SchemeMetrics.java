package io.aigcnet.mechanism.qoe.scheme;

import io.aigcnet.mechanism.qoe.leader.Outcome;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/**
 * The comparison metrics of seed 003 Figs. 6–8 (definitions inferred, spec §12): resource usage
 * ratios Σ_m f/f^max and Σ_m B/B^max averaged over providers; "overhead" = the mean of the two;
 * average MU cost = mean over users of Σ_n R Q; average ASP cost = mean over providers of
 * Σ_m (c^f f + c^B B); average utilities of eqs. (9) and (8); and the share of (provider, user)
 * pairs the provider declined (participation; nothing allocated).
 */
public record SchemeMetrics(double computeUsage, double commUsage, double overhead, double muCost, double aspCost,
        double muUtility, double aspUtility, double declinedShare) {

    public static SchemeMetrics of(QoeInstance inst, Outcome out) {
        int nn = inst.aspCount();
        int mm = inst.muCount();
        double cu = 0;
        double bu = 0;
        int declined = 0;
        for (int n = 0; n < nn; n++) {
            double sf = 0;
            double sb = 0;
            for (int m = 0; m < mm; m++) {
                sf += out.f(n, m);
                sb += out.b(n, m);
                declined += out.f(n, m) == 0 && out.b(n, m) == 0 ? 1 : 0;
            }
            cu += sf / inst.asp(n).fMax();
            bu += sb / inst.asp(n).bMax();
        }
        cu /= nn;
        bu /= nn;
        return new SchemeMetrics(cu, bu, (cu + bu) / 2, mean(out.muCost()), mean(out.aspCost()),
                mean(out.muUtility()), mean(out.aspUtility()), declined / (double) (nn * mm));
    }

    /** Componentwise mean of several runs. */
    public static SchemeMetrics average(java.util.List<SchemeMetrics> runs) {
        double[] s = new double[8];
        for (SchemeMetrics r : runs) {
            s[0] += r.computeUsage;
            s[1] += r.commUsage;
            s[2] += r.overhead;
            s[3] += r.muCost;
            s[4] += r.aspCost;
            s[5] += r.muUtility;
            s[6] += r.aspUtility;
            s[7] += r.declinedShare;
        }
        int k = runs.size();
        return new SchemeMetrics(s[0] / k, s[1] / k, s[2] / k, s[3] / k, s[4] / k, s[5] / k, s[6] / k, s[7] / k);
    }

    /** Percentage reduction of the proposed value against a baseline: 100 (baseline − ours)/baseline. */
    public static double reductionPct(double ours, double baseline) {
        return 100 * (baseline - ours) / baseline;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
