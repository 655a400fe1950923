package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import java.util.List;

/** The edge of the user's own cell: the nearest, the first on ties. */
public final class NearestSelection implements EdgeSelection {
    @Override public String name() { return "nearest"; }

    @Override public EdgeServer choose(List<EdgeServer> candidates, Point user, double steps) {
        EdgeServer best = candidates.get(0);
        for (EdgeServer e : candidates) if (e.spec.location().distanceTo(user) < best.spec.location().distanceTo(user)) best = e;
        return best;
    }
}
