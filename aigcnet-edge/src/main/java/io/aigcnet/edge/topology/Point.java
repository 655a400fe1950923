package io.aigcnet.edge.topology;

/** A position in metres on the city plane. */
public record Point(double x, double y) {
    public double distanceTo(Point o) { return Math.hypot(x - o.x, y - o.y); }
}
