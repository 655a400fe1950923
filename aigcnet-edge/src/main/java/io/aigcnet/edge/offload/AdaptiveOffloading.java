package io.aigcnet.edge.offload;

import java.util.List;

/**
 * Adaptive offloading: the feasible option of least latency + w·energy (w in s/J converts the device's
 * energy into the latency scale; w = 0 minimises latency alone), the first in LOCAL, EDGE, CLOUD order on ties.
 */
public final class AdaptiveOffloading implements OffloadingPolicy {
    private final double energyWeightSecondsPerJoule;

    public AdaptiveOffloading(double energyWeightSecondsPerJoule) {
        if (!(energyWeightSecondsPerJoule >= 0)) throw new IllegalArgumentException("energy weight must be >= 0, got " + energyWeightSecondsPerJoule);
        this.energyWeightSecondsPerJoule = energyWeightSecondsPerJoule;
    }

    @Override public String name() { return "adaptive"; }

    @Override public Placement choose(List<OffloadEstimate> options) {
        Placement best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Placement p : Placement.values()) {
            for (OffloadEstimate o : options) {
                if (o.placement() != p || !o.feasible()) continue;
                double cost = o.latencyS() + energyWeightSecondsPerJoule * o.energyJ();
                if (cost < bestCost) {
                    bestCost = cost;
                    best = p;
                }
            }
        }
        return best;
    }
}
