package io.aigcnet.semcom.encode;

import java.util.BitSet;

/**
 * DBSCAN (G-SemCom eq. (13)) on the set pixels of a binary map, with the pixel grid as the spatial
 * index: the ε-neighbourhood of a point is a fixed list of offsets (dx, dy) with dx² + dy² ≤ ε², so a
 * query costs O(ε²) instead of O(n) and the whole run O(n·ε²), where commons-math3's clusterer is
 * O(n²). Labelling follows scikit-learn's {@code dbscan_inner}: points are visited in raster order, a
 * new cluster starts at each unlabelled core point, and a border point belongs to the first cluster
 * that reaches it, so the result is fully determined by the input.
 */
public final class GridDbscan {
    public static final int NOISE = -1;

    private GridDbscan() {}

    /** Cluster label (0, 1, …) of every pixel, {@link #NOISE} for noise and for unset pixels. */
    public static int[] labels(BitSet points, int width, int height, double eps, int minPts) {
        int r = (int) Math.floor(eps);
        int[] ox = new int[(2 * r + 1) * (2 * r + 1)];
        int[] oy = new int[ox.length];
        int k = 0;
        double e2 = eps * eps;
        for (int dy = -r; dy <= r; dy++) for (int dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= e2) {
            ox[k] = dx;
            oy[k++] = dy;
        }
        int offsets = k;
        int n = width * height;
        boolean[] core = new boolean[n];
        for (int p = points.nextSetBit(0); p >= 0; p = points.nextSetBit(p + 1)) {
            int x = p % width, y = p / width, c = 0;
            for (int o = 0; o < offsets; o++) {
                int nx = x + ox[o], ny = y + oy[o];
                if (nx >= 0 && ny >= 0 && nx < width && ny < height && points.get(ny * width + nx)) c++;
            }
            core[p] = c >= minPts;
        }
        int[] label = new int[n];
        java.util.Arrays.fill(label, NOISE);
        int[] queue = new int[Math.max(1, points.cardinality())];
        int cluster = 0;
        for (int p = points.nextSetBit(0); p >= 0; p = points.nextSetBit(p + 1)) {
            if (label[p] != NOISE || !core[p]) continue;
            int head = 0, tail = 0;
            label[p] = cluster;
            queue[tail++] = p;
            while (head < tail) {
                int q = queue[head++];
                int x = q % width, y = q / width;
                for (int o = 0; o < offsets; o++) {
                    int nx = x + ox[o], ny = y + oy[o];
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                    int nb = ny * width + nx;
                    if (!points.get(nb) || label[nb] != NOISE) continue;
                    label[nb] = cluster;
                    if (core[nb]) queue[tail++] = nb;
                }
            }
            cluster++;
        }
        return label;
    }

    /** S*: the union of the clusters with at least {@code minCluster} points; noise and small clusters dropped. */
    public static BitSet clean(BitSet points, int width, int height, DbscanParams prm) {
        int[] label = labels(points, width, height, prm.eps(), prm.minPts());
        int max = -1;
        for (int p = points.nextSetBit(0); p >= 0; p = points.nextSetBit(p + 1)) max = Math.max(max, label[p]);
        int[] size = new int[max + 1];
        for (int p = points.nextSetBit(0); p >= 0; p = points.nextSetBit(p + 1)) if (label[p] >= 0) size[label[p]]++;
        BitSet out = new BitSet(width * height);
        for (int p = points.nextSetBit(0); p >= 0; p = points.nextSetBit(p + 1))
            if (label[p] >= 0 && size[label[p]] >= prm.minCluster()) out.set(p);
        return out;
    }
}
