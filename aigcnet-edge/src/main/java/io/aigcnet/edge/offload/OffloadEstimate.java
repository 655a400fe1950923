package io.aigcnet.edge.offload;

/** One option's predicted latency (s) and device energy (J); infeasible options are never chosen. */
public record OffloadEstimate(Placement placement, double latencyS, double energyJ, boolean feasible) {
    public static OffloadEstimate infeasible(Placement p) {
        return new OffloadEstimate(p, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }
}
