package io.aigcnet.edge.offload;

import java.util.List;

/** Always the same placement (local only, edge only, cloud only); null when that option is infeasible. */
public final class FixedOffloading implements OffloadingPolicy {
    private final Placement placement;

    public FixedOffloading(Placement placement) { this.placement = placement; }

    @Override public String name() { return placement.name().toLowerCase(java.util.Locale.ROOT); }

    @Override public Placement choose(List<OffloadEstimate> options) {
        for (OffloadEstimate o : options) if (o.placement() == placement && o.feasible()) return placement;
        return null;
    }
}
