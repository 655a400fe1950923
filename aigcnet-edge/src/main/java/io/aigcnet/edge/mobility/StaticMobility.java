package io.aigcnet.edge.mobility;

import io.aigcnet.edge.topology.Point;

/** Users who never move, placed uniformly at random once (SplitMix64 per user, as {@link RandomWaypoint}). */
public final class StaticMobility implements MobilityModel {
    private final float[] x;
    private final float[] y;

    public StaticMobility(int users, double width, double height, long seed) {
        x = new float[users];
        y = new float[users];
        long s = seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL;
        for (int u = 0; u < users; u++) {
            s += 0x9E3779B97F4A7C15L;
            x[u] = (float) (unit(s) * width);
            s += 0x9E3779B97F4A7C15L;
            y[u] = (float) (unit(s) * height);
        }
    }

    private static double unit(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    @Override public Point positionAt(int user, double timeS) { return new Point(x[user], y[user]); }

    @Override public int users() { return x.length; }
}
