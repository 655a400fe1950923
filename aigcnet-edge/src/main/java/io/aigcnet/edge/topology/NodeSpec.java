package io.aigcnet.edge.topology;

/**
 * One node's resources. Compute is in diffusion steps per second (the survey's resource unit for
 * image services; token services convert through the catalogue), GPU memory and storage in GB,
 * bandwidths in Mbit/s, coverage radius in metres (edges only).
 */
public record NodeSpec(String id, Tier tier, double stepsPerS, double gpuMemoryGb, double storageGb, double backhaulMbps,
                       double wirelessMbps, Point location, double coverageM) {
    public NodeSpec {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("node id must be non-empty");
        if (!(stepsPerS > 0)) throw new IllegalArgumentException("node " + id + ": steps_per_s must be > 0");
        if (!(gpuMemoryGb >= 0) || !(storageGb >= 0)) throw new IllegalArgumentException("node " + id + ": memory and storage must be >= 0");
        if (!(backhaulMbps >= 0) || !(wirelessMbps >= 0)) throw new IllegalArgumentException("node " + id + ": bandwidths must be >= 0");
    }
}
