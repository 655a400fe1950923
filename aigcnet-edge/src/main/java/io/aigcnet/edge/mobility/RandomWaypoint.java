package io.aigcnet.edge.mobility;

import io.aigcnet.edge.topology.Point;

/**
 * Random waypoint on a width × height rectangle: from a uniform start, each user walks to a uniform
 * destination at a uniform speed in [v_min, v_max], pauses, and repeats. Every user has its own
 * SplitMix64 stream derived from (seed, user), so positions do not depend on the order users are asked.
 * State per user: the current leg (9 numbers).
 */
public final class RandomWaypoint implements MobilityModel {
    private final double width;
    private final double height;
    private final double vMin;
    private final double vMax;
    private final double pauseS;
    private final long[] rng;
    private final double[] fromX, fromY, toX, toY, departS, arriveS, leaveS;

    public RandomWaypoint(int users, double width, double height, double vMin, double vMax, double pauseS, long seed) {
        if (users < 1) throw new IllegalArgumentException("users must be >= 1");
        if (!(width > 0 && height > 0)) throw new IllegalArgumentException("area must be positive");
        if (!(vMin > 0 && vMax >= vMin)) throw new IllegalArgumentException("speeds need 0 < v_min <= v_max");
        if (!(pauseS >= 0)) throw new IllegalArgumentException("pause must be >= 0");
        this.width = width;
        this.height = height;
        this.vMin = vMin;
        this.vMax = vMax;
        this.pauseS = pauseS;
        rng = new long[users];
        fromX = new double[users]; fromY = new double[users]; toX = new double[users]; toY = new double[users];
        departS = new double[users]; arriveS = new double[users]; leaveS = new double[users];
        for (int u = 0; u < users; u++) {
            rng[u] = seed * 0x9E3779B97F4A7C15L + u * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L;
            toX[u] = next(u) * width;
            toY[u] = next(u) * height;
            leaveS[u] = 0;
            newLeg(u);
        }
    }

    @Override public int users() { return rng.length; }

    private double next(int u) {
        long z = (rng[u] += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }

    private void newLeg(int u) {
        fromX[u] = toX[u];
        fromY[u] = toY[u];
        departS[u] = leaveS[u];
        toX[u] = next(u) * width;
        toY[u] = next(u) * height;
        double speed = vMin + (vMax - vMin) * next(u);
        double d = Math.hypot(toX[u] - fromX[u], toY[u] - fromY[u]);
        arriveS[u] = departS[u] + d / speed;
        leaveS[u] = arriveS[u] + pauseS;
    }

    @Override public Point positionAt(int user, double timeS) {
        if (timeS < departS[user]) throw new IllegalStateException("user " + user + " asked at " + timeS + " s, before its current leg");
        while (timeS >= leaveS[user] && leaveS[user] > departS[user]) newLeg(user);
        if (timeS >= arriveS[user]) return new Point(toX[user], toY[user]);
        double f = (timeS - departS[user]) / (arriveS[user] - departS[user]);
        return new Point(fromX[user] + f * (toX[user] - fromX[user]), fromY[user] + f * (toY[user] - fromY[user]));
    }
}
