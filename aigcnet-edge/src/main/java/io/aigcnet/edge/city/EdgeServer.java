package io.aigcnet.edge.city;

import io.aigcnet.edge.cache.ModelCache;
import io.aigcnet.edge.topology.NodeSpec;

/** One edge server of the city: its spec, step queue, model cache and service record (for reputation). */
public final class EdgeServer {
    final int index;
    final NodeSpec spec;
    final StepQueue queue;
    final ModelCache cache;
    long served;
    long failed;
    long crashes;

    EdgeServer(int index, NodeSpec spec, StepQueue queue, ModelCache cache) {
        this.index = index;
        this.spec = spec;
        this.queue = queue;
        this.cache = cache;
    }

    /** Beta reputation (served + 1) / (served + failed + 2): the edge's record as its users see it. */
    public double reputation() { return (served + 1.0) / (served + failed + 2.0); }

    public NodeSpec spec() { return spec; }

    public StepQueue queue() { return queue; }

    public ModelCache cache() { return cache; }

    public long served() { return served; }

    public long failed() { return failed; }

    public long crashes() { return crashes; }
}
