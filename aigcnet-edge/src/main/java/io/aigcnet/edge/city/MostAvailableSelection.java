package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import java.util.List;

/** Crash-avoid: the covering edge with the most available steps, the first on ties (as the ASP case study). */
public final class MostAvailableSelection implements EdgeSelection {
    @Override public String name() { return "crash_avoid"; }

    @Override public EdgeServer choose(List<EdgeServer> candidates, Point user, double steps) {
        EdgeServer best = candidates.get(0);
        for (EdgeServer e : candidates) if (e.queue.availableSteps() > best.queue.availableSteps()) best = e;
        return best;
    }
}
