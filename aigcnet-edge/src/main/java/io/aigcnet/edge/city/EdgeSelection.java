package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import java.util.List;

/** Chooses the edge server (ASP) for a request among those covering the user (never empty). */
public interface EdgeSelection {
    String name();

    EdgeServer choose(List<EdgeServer> candidates, Point user, double steps);
}
