package io.aigcnet.edge.mobility;

import io.aigcnet.core.config.ConfigException;
import io.aigcnet.edge.topology.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions from a recorded trace: per user, waypoints (t, x, y) in time order, linearly interpolated,
 * held before the first and after the last. The file is CSV with header {@code user,t_s,x_m,y_m};
 * users are 0 … n − 1 and every one must appear.
 */
public final class TraceMobility implements MobilityModel {
    private final double[][] t;
    private final double[][] x;
    private final double[][] y;
    private final int[] cursor;

    public TraceMobility(double[][] t, double[][] x, double[][] y) {
        this.t = t;
        this.x = x;
        this.y = y;
        this.cursor = new int[t.length];
    }

    public static TraceMobility read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "", "file not found");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read file: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals("user,t_s,x_m,y_m"))
            throw new ConfigException(file.toString(), "", "first line must be the header user,t_s,x_m,y_m");
        List<List<double[]>> byUser = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            String at = "line " + (i + 1);
            if (f.length != 4) throw new ConfigException(file.toString(), at, "needs 4 comma-separated values user,t_s,x_m,y_m");
            int u;
            double ts, xm, ym;
            try {
                u = Integer.parseInt(f[0].trim());
                ts = Double.parseDouble(f[1].trim());
                xm = Double.parseDouble(f[2].trim());
                ym = Double.parseDouble(f[3].trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(file.toString(), at, "not a number: " + e.getMessage());
            }
            if (u < 0 || u > 10_000_000) throw new ConfigException(file.toString(), at + ".user", "must be in [0, 10000000]");
            if (!Double.isFinite(ts) || !Double.isFinite(xm) || !Double.isFinite(ym))
                throw new ConfigException(file.toString(), at, "t_s, x_m and y_m must be finite");
            while (byUser.size() <= u) byUser.add(new ArrayList<>());
            List<double[]> pts = byUser.get(u);
            if (!pts.isEmpty() && ts < pts.get(pts.size() - 1)[0])
                throw new ConfigException(file.toString(), at + ".t_s", "waypoints of user " + u + " must be in time order");
            pts.add(new double[]{ts, xm, ym});
        }
        if (byUser.isEmpty()) throw new ConfigException(file.toString(), "", "no waypoints");
        int n = byUser.size();
        double[][] t = new double[n][], x = new double[n][], y = new double[n][];
        for (int u = 0; u < n; u++) {
            List<double[]> pts = byUser.get(u);
            if (pts.isEmpty()) throw new ConfigException(file.toString(), "user " + u, "has no waypoints (users must be 0 … n − 1)");
            t[u] = pts.stream().mapToDouble(p -> p[0]).toArray();
            x[u] = pts.stream().mapToDouble(p -> p[1]).toArray();
            y[u] = pts.stream().mapToDouble(p -> p[2]).toArray();
        }
        return new TraceMobility(t, x, y);
    }

    @Override public int users() { return t.length; }

    @Override public Point positionAt(int user, double timeS) {
        double[] tu = t[user];
        int k = cursor[user];
        while (k + 1 < tu.length && tu[k + 1] <= timeS) k++;
        cursor[user] = k;
        if (timeS <= tu[0]) return new Point(x[user][0], y[user][0]);
        if (k + 1 >= tu.length) return new Point(x[user][k], y[user][k]);
        double f = (timeS - tu[k]) / (tu[k + 1] - tu[k]);
        return new Point(x[user][k] + f * (x[user][k + 1] - x[user][k]), y[user][k] + f * (y[user][k + 1] - y[user][k]));
    }
}
