package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.mechanism.auction.mechanism.Mechanism;

import java.util.Map;

/**
 * The acceptance checks A1-A8 of the reconstruction (§5), evaluated on a sweep. The thresholds
 * are fixed by the reconstruction before any run: the bands cover the survey's "double" (2x) and
 * "+150%" (2.5x) and the EPViSA paper's "at least 96% of the omniscient benchmark".
 */
final class AcceptanceChecks {
    static final double A1_MT_OVER_EP_MIN = 1.5;
    static final double A1_EP_OVER_PV_MIN = 0.98;
    static final double A2_LO = 1.8;
    static final double A2_HI = 2.8;
    static final double A3_LO = 0.90;
    static final double A3_HI = 1.00;
    static final double A4_SE = 2;
    static final double A4_RANDOM_BAND = 0.15;
    static final int A5_MIN_INSTANCES = 100;
    static final double A7_MSB_LO = 0.9;
    static final double A7_MSB_HI = 1.1;
    static final double A7_SP_MAX = 0.8;
    static final double A8_EXACT_TOL = 1e-9;

    private final SweepRunner.Result res;

    AcceptanceChecks(SweepRunner.Result res) {
        this.res = res;
    }

    private double mean(int n, Mechanism m) {
        return res.perN().get(n).get(m).totalMean();
    }

    double ratio(int n, Mechanism num, Mechanism den) {
        return mean(n, num) / mean(n, den);
    }

    boolean a1() {
        for (int n : res.perN().keySet()) {
            double mt = mean(n, Mechanism.MTEPVISA);
            double ep = mean(n, Mechanism.EPVISA);
            if (!(mean(n, Mechanism.OMNISCIENT) >= mt && mt >= A1_MT_OVER_EP_MIN * ep
                    && ep >= A1_EP_OVER_PV_MIN * mean(n, Mechanism.PVISA) && mt > mean(n, Mechanism.RANDOM))) return false;
        }
        return true;
    }

    boolean a2() {
        for (int n : res.perN().keySet()) {
            if (!inBand(ratio(n, Mechanism.MTEPVISA, Mechanism.EPVISA), A2_LO, A2_HI)
                    || !inBand(ratio(n, Mechanism.MTEPVISA, Mechanism.PVISA), A2_LO, A2_HI)) return false;
        }
        return true;
    }

    boolean a3() {
        for (int n : res.perN().keySet()) {
            if (!inBand(ratio(n, Mechanism.MTEPVISA, Mechanism.OMNISCIENT), A3_LO, A3_HI)) return false;
        }
        return true;
    }

    /** Auction means never drop by more than 2 standard errors of the difference between neighbouring sizes. */
    boolean a4Monotone() {
        Integer prev = null;
        for (int n : res.perN().keySet()) {
            if (prev != null) {
                for (Mechanism m : new Mechanism[] {Mechanism.PVISA, Mechanism.EPVISA, Mechanism.MTEPVISA}) {
                    MechanismStats a = res.perN().get(prev).get(m);
                    MechanismStats b = res.perN().get(n).get(m);
                    double se = Math.hypot(a.totalSe(), b.totalSe());
                    if (b.totalMean() < a.totalMean() - A4_SE * se) return false;
                }
            }
            prev = n;
        }
        return true;
    }

    /** Random's mean stays within ±15% of its value at the size closest to 30. */
    boolean a4RandomFlat() {
        double ref = mean(referenceSize(), Mechanism.RANDOM);
        for (int n : res.perN().keySet()) {
            if (Math.abs(mean(n, Mechanism.RANDOM) - ref) > A4_RANDOM_BAND * Math.abs(ref)) return false;
        }
        return true;
    }

    int referenceSize() {
        int best = res.perN().keySet().iterator().next();
        for (int n : res.perN().keySet()) if (Math.abs(n - 30) < Math.abs(best - 30)) best = n;
        return best;
    }

    boolean a5NoViolations() {
        PropertyTally p = res.props();
        return p.online.violations() == 0 && p.offlineSp.violations() == 0 && p.offlineMsb.violations() == 0
                && p.online.tests() > 0 && p.offlineMsb.tests() > 0;
    }

    boolean a5EnoughInstances() {
        return res.instances() >= A5_MIN_INSTANCES;
    }

    boolean a6() {
        PropertyTally p = res.props();
        if (p.irViolations != 0 || p.rsuNegativeMsb != 0) return false;
        for (Map<Mechanism, MechanismStats> byM : res.perN().values()) {
            for (Mechanism m : new Mechanism[] {Mechanism.EPVISA, Mechanism.MTEPVISA}) {
                double u = byM.get(m).drivingUtilityPerItem();
                if (!Double.isNaN(u) && u < 0) return false;
            }
        }
        return true;
    }

    boolean a7() {
        for (Map<Mechanism, MechanismStats> byM : res.perN().values()) {
            for (Mechanism m : new Mechanism[] {Mechanism.EPVISA, Mechanism.MTEPVISA}) {
                if (!inBand(byM.get(m).adverseSelectionIndex(), A7_MSB_LO, A7_MSB_HI)) return false;
            }
            if (!(byM.get(Mechanism.PVISA).adverseSelectionIndex() < A7_SP_MAX)) return false;
        }
        return true;
    }

    boolean a8() {
        PropertyTally p = res.props();
        return p.critical.violations() == 0 && p.critical.tests() > 0 && p.exactnessMaxDiff <= A8_EXACT_TOL;
    }

    private static boolean inBand(double x, double lo, double hi) {
        return x >= lo && x <= hi;
    }
}
