package io.aigcnet.edge.city;

/**
 * Running totals of a city run, in fixed-size arrays (hourly bins, a latency histogram), so memory
 * does not grow with the number of requests.
 */
public final class CityMetrics {
    /** Latency histogram: 0.25 s bins up to 600 s, then one overflow bin. */
    static final double BIN_S = 0.25;
    static final int BINS = 2400;

    long requests;
    long onTime;
    long late;
    long infeasible;
    long refusedByCrash;
    long lostToCrash;
    long crashEvents;
    long handovers;
    long migrated;
    long failedAtHandover;
    final long[] byPlacement = new long[3];
    double latencySumS;
    double energySumJ;
    double qualitySum;
    long cacheHits;
    long cacheMisses;
    double loadDelaySumS;
    double backhaulGb;
    final long[] latencyHist = new long[BINS + 1];
    final long[] hourRequests;
    final long[] hourCompleted;
    final long[] hourCrashes;
    final double[] hourLatencySumS;

    CityMetrics(double durationS) {
        int hours = (int) Math.ceil(durationS / 3600.0);
        hourRequests = new long[hours];
        hourCompleted = new long[hours];
        hourCrashes = new long[hours];
        hourLatencySumS = new double[hours];
    }

    int hour(double t) { return Math.min(hourRequests.length - 1, Math.max(0, (int) (t / 3600))); }

    void completed(double submitS, double latencyS, double deadlineS, double energyJ, double quality) {
        if (latencyS <= deadlineS) onTime++;
        else late++;
        latencySumS += latencyS;
        energySumJ += energyJ;
        qualitySum += quality;
        latencyHist[Math.min(BINS, (int) (latencyS / BIN_S))]++;
        int h = hour(submitS);
        hourCompleted[h]++;
        hourLatencySumS[h] += latencyS;
    }

    public long requests() { return requests; }
    public long completed() { return onTime + late; }
    public long onTime() { return onTime; }
    public long late() { return late; }
    public long infeasible() { return infeasible; }
    public long refusedByCrash() { return refusedByCrash; }
    public long lostToCrash() { return lostToCrash; }
    public long crashEvents() { return crashEvents; }
    public long handovers() { return handovers; }
    public long migrated() { return migrated; }
    public long failedAtHandover() { return failedAtHandover; }
    public long placed(int placementOrdinal) { return byPlacement[placementOrdinal]; }
    public long cacheHits() { return cacheHits; }
    public long cacheMisses() { return cacheMisses; }
    public double backhaulGb() { return backhaulGb; }

    /** On-time completions over all requests (the survey's task accomplishment ratio). */
    public double completionRatio() { return requests == 0 ? 0 : onTime / (double) requests; }

    public double meanLatencyS() { return completed() == 0 ? Double.NaN : latencySumS / completed(); }

    public double meanEnergyJ() { return completed() == 0 ? Double.NaN : energySumJ / completed(); }

    public double meanQuality() { return completed() == 0 ? Double.NaN : qualitySum / completed(); }

    public double cacheHitRate() { return cacheHits + cacheMisses == 0 ? Double.NaN : cacheHits / (double) (cacheHits + cacheMisses); }

    /** Mean model-load delay per edge request, seconds (0 for hits). */
    public double meanLoadDelayS() { return cacheHits + cacheMisses == 0 ? Double.NaN : loadDelaySumS / (cacheHits + cacheMisses); }

    /** Latency quantile from the histogram (bin upper edge; 600 s+ reported as +∞). */
    public double latencyQuantileS(double q) {
        long n = completed();
        if (n == 0) return Double.NaN;
        long target = (long) Math.ceil(q * n), acc = 0;
        for (int i = 0; i <= BINS; i++) {
            acc += latencyHist[i];
            if (acc >= target) return i == BINS ? Double.POSITIVE_INFINITY : (i + 1) * BIN_S;
        }
        return Double.POSITIVE_INFINITY;
    }

    public long[] hourRequests() { return hourRequests.clone(); }
    public long[] hourCompleted() { return hourCompleted.clone(); }
    public long[] hourCrashes() { return hourCrashes.clone(); }

    public double[] hourMeanLatencyS() {
        double[] out = new double[hourCompleted.length];
        for (int h = 0; h < out.length; h++) out[h] = hourCompleted[h] == 0 ? Double.NaN : hourLatencySumS[h] / hourCompleted[h];
        return out;
    }
}
