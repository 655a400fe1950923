package io.aigcnet.edge.mobility;

import io.aigcnet.edge.topology.Point;

/** Where a user is. Calls for one user must come at non-decreasing times. */
public interface MobilityModel {
    Point positionAt(int user, double timeS);

    int users();
}
