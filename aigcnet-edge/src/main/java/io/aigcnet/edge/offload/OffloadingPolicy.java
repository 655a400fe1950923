package io.aigcnet.edge.offload;

import java.util.List;

/** Picks where a request runs from the feasible estimates (one per placement). */
public interface OffloadingPolicy {
    String name();

    /** The chosen placement, or null when no option is feasible. */
    Placement choose(List<OffloadEstimate> options);
}
