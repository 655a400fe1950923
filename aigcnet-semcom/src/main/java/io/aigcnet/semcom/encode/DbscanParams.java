package io.aigcnet.semcom.encode;

/**
 * DBSCAN on pixel coordinates, G-SemCom eq. (13): Euclidean distance, radius ε, a point is core iff
 * at least Ω points (itself included) lie within ε; clusters smaller than {@code minCluster} points are
 * dropped with the noise (Algorithm 1, "fewer than 30 points").
 */
public record DbscanParams(double eps, int minPts, int minCluster) {
    public DbscanParams {
        if (!(eps > 0 && eps <= 64)) throw new IllegalArgumentException("eps = " + eps + " must be in (0, 64] pixels");
        if (minPts < 1) throw new IllegalArgumentException("min-pts = " + minPts + " must be >= 1");
        if (minCluster < 1) throw new IllegalArgumentException("min-cluster = " + minCluster + " must be >= 1");
    }

    /** ε = 1.5 (the 8-neighbourhood), Ω = 4, clusters of fewer than 30 points dropped. */
    public static DbscanParams defaults() { return new DbscanParams(1.5, 4, 30); }
}
