package io.aigcnet.semcom.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class GridDbscanTest {

    private static BitSet random(UniformRandomProvider r, int w, int h, double density) {
        BitSet b = new BitSet(w * h);
        // blobs plus salt: both dense clusters and isolated noise occur
        for (int i = 0; i < w * h; i++) if (r.nextDouble() < density) b.set(i);
        for (int k = 0; k < 3; k++) {
            int cx = r.nextInt(w), cy = r.nextInt(h), rad = 2 + r.nextInt(5);
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++)
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad && r.nextDouble() < 0.85) b.set(y * w + x);
        }
        return b;
    }

    @Test
    void labelsEqualBruteForceOnRandomMaps() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        double[] epss = {1.0, 1.5, 2.0, 2.9};
        for (int trial = 0; trial < 60; trial++) {
            int w = 8 + r.nextInt(30), h = 8 + r.nextInt(30);
            BitSet pts = random(r, w, h, 0.05 + 0.3 * r.nextDouble());
            double eps = epss[trial % epss.length];
            int minPts = 1 + r.nextInt(7);
            boolean[] arr = new boolean[w * h];
            for (int i = pts.nextSetBit(0); i >= 0; i = pts.nextSetBit(i + 1)) arr[i] = true;
            int[] ours = GridDbscan.labels(pts, w, h, eps, minPts);
            int[] ref = BruteForceEncoder.dbscan(arr, w, eps, minPts);
            assertThat(ours).as("trial %d eps %s minPts %d", trial, eps, minPts).containsExactly(ref);
            int minCluster = 1 + r.nextInt(40);
            BitSet clean = GridDbscan.clean(pts, w, h, new DbscanParams(eps, minPts, minCluster));
            boolean[] refClean = BruteForceEncoder.clean(arr, w, eps, minPts, minCluster);
            for (int i = 0; i < w * h; i++) assertThat(clean.get(i)).isEqualTo(refClean[i]);
        }
    }

    @Test
    void corePartitionAndNoiseAgreeWithCommonsMath() {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        for (int trial = 0; trial < 20; trial++) {
            int w = 20 + r.nextInt(15), h = 20 + r.nextInt(15);
            BitSet pts = random(r, w, h, 0.1 + 0.2 * r.nextDouble());
            double eps = 1.5;
            int minPts = 4;
            int[] ours = GridDbscan.labels(pts, w, h, eps, minPts);
            List<DoublePoint> list = new ArrayList<>();
            for (int i = pts.nextSetBit(0); i >= 0; i = pts.nextSetBit(i + 1)) list.add(new DoublePoint(new double[] {i % w, i / w}));
            // commons-math3 3.6.1 leaves the point itself out of its eps-neighbourhood (getNeighbors skips
            // point == neighbor), whereas eq. (13) counts it: its minPts is our Ω − 1
            List<Cluster<DoublePoint>> cm = new DBSCANClusterer<DoublePoint>(eps, minPts - 1).cluster(list);
            Set<Integer> cmClustered = new HashSet<>();
            Map<Integer, Integer> cmLabel = new HashMap<>();
            for (int c = 0; c < cm.size(); c++) for (DoublePoint p : cm.get(c).getPoints()) {
                int idx = (int) p.getPoint()[1] * w + (int) p.getPoint()[0];
                cmClustered.add(idx);
                cmLabel.putIfAbsent(idx, c);
            }
            // the set of clustered (non-noise) points is order-independent
            Set<Integer> oursClustered = new HashSet<>();
            for (int i = 0; i < ours.length; i++) if (ours[i] >= 0) oursClustered.add(i);
            assertThat(oursClustered).isEqualTo(cmClustered);
            // core points: the same partition (two core points share a cluster in one iff in the other)
            List<Integer> cores = new ArrayList<>();
            for (int i = pts.nextSetBit(0); i >= 0; i = pts.nextSetBit(i + 1)) {
                int c = 0, x = i % w, y = i / w;
                for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < w && ny < h && pts.get(ny * w + nx)) c++;
                }
                if (c >= minPts) cores.add(i);
            }
            for (int a = 0; a < cores.size(); a += 3) for (int b = a + 1; b < cores.size(); b += 5) {
                boolean same = ours[cores.get(a)] == ours[cores.get(b)];
                boolean cmSame = cmLabel.get(cores.get(a)).equals(cmLabel.get(cores.get(b)));
                assertThat(same).isEqualTo(cmSame);
            }
        }
    }

    @Test
    void smallClustersAndIsolatedPointsAreDropped() {
        int w = 60, h = 20;
        BitSet b = new BitSet();
        for (int y = 0; y < 6; y++) for (int x = 0; x < 6; x++) b.set(y * w + x);          // 36 points: kept
        for (int y = 10; y < 15; y++) for (int x = 30; x < 35; x++) b.set(y * w + x);    // 25 points: dropped
        b.set(19 * w + 59);                                                                // isolated: noise
        BitSet c = GridDbscan.clean(b, w, h, DbscanParams.defaults());
        assertThat(c.cardinality()).isEqualTo(36);
        assertThat(c.get(0)).isTrue();
        assertThat(c.get(10 * w + 30)).isFalse();
    }
}
