package io.aigcnet.mechanism.auction.experiment;

import io.aigcnet.mechanism.auction.mechanism.ItemSale;
import io.aigcnet.mechanism.auction.mechanism.RoundOutcome;

/** Per-(market size, mechanism) accumulator over instances: means, standard errors and pooled ratios. */
final class MechanismStats {
    private final double[] total;
    private int n;
    private double online;
    private double offline;
    private double served;
    private double uAv;
    private double uRsu;
    private double uTraffic;
    private double uDriving;
    private double drivingXi;
    private double drivingXi2;
    private long drivingItems;
    private long rsuNegative;

    MechanismStats(int instances) {
        total = new double[instances];
    }

    void add(RoundOutcome r) {
        total[n++] = r.totalSurplus();
        online += r.onlineSurplus();
        offline += r.offlineSurplus();
        served += r.nServed();
        uAv += r.utilityAv();
        uRsu += r.utilityRsu();
        uTraffic += r.utilityTraffic();
        uDriving += r.utilityDriving();
        if (r.utilityRsu() < -1e-9) rsuNegative++;
        for (ItemSale s : r.sales()) {
            if (s.award().toDriving()) {
                drivingXi += s.xi();
                drivingXi2 += s.xi() * s.xi();
                drivingItems++;
            }
        }
    }

    double totalMean() {
        double s = 0;
        for (int k = 0; k < n; k++) s += total[k];
        return s / n;
    }

    /** Standard error of the mean: sample standard deviation / sqrt(n) (0 for one instance). */
    double totalSe() {
        if (n < 2) return 0;
        double m = totalMean();
        double ss = 0;
        for (int k = 0; k < n; k++) ss += (total[k] - m) * (total[k] - m);
        return Math.sqrt(ss / (n - 1) / n);
    }

    double onlineMean() { return online / n; }

    double offlineMean() { return offline / n; }

    double servedMean() { return served / n; }

    double utilityAv() { return uAv / n; }

    double utilityRsu() { return uRsu / n; }

    double utilityTraffic() { return uTraffic / n; }

    double utilityDriving() { return uDriving / n; }

    /** mean(xi over items the driving simulator won) / E[xi], pooled over instances; NaN if it won none. */
    double adverseSelectionIndex() {
        return drivingItems == 0 ? Double.NaN : drivingXi / drivingItems / io.aigcnet.mechanism.auction.model.MarketParams.MEAN_QUALITY;
    }

    /** Standard error of the adverse-selection index (items treated as independent). */
    double adverseSelectionIndexSe() {
        if (drivingItems < 2) return Double.NaN;
        double m = drivingXi / drivingItems;
        double var = (drivingXi2 - drivingItems * m * m) / (drivingItems - 1);
        return Math.sqrt(Math.max(0, var) / drivingItems) / io.aigcnet.mechanism.auction.model.MarketParams.MEAN_QUALITY;
    }

    /** The driving simulator's mean utility per item it received (NaN if none). */
    double drivingUtilityPerItem() {
        return drivingItems == 0 ? Double.NaN : uDriving / drivingItems;
    }

    long drivingItems() { return drivingItems; }

    long rsuNegative() { return rsuNegative; }
}
