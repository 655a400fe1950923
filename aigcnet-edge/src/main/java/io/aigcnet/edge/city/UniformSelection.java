package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** A uniformly random covering edge. */
public final class UniformSelection implements EdgeSelection {
    private final UniformRandomProvider rng;

    public UniformSelection(UniformRandomProvider rng) { this.rng = rng; }

    @Override public String name() { return "random"; }

    @Override public EdgeServer choose(List<EdgeServer> candidates, Point user, double steps) {
        return candidates.get(rng.nextInt(candidates.size()));
    }
}
