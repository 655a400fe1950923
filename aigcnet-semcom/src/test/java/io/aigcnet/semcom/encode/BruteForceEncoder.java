package io.aigcnet.semcom.encode;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.Upos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An independent, deliberately naive implementation of Algorithm 1 for tests: boolean arrays instead
 * of bit sets, O(n²) DBSCAN with explicit distance computations, a comparator sort for packing.
 * Written from the equations, sharing no code with the production encoder.
 */
final class BruteForceEncoder {
    private BruteForceEncoder() {}

    record Result(double[] importance, int[] segmentPx, int[] order, int[] pixels) {}

    static boolean[] binarize(float[] a, double xi) {
        double max = 0;
        for (float v : a) max = Math.max(max, v);
        boolean[] b = new boolean[a.length];
        if (max <= 0) return b;
        for (int i = 0; i < a.length; i++) b[i] = a[i] >= xi * max;
        return b;
    }

    /** scikit-learn dbscan_inner semantics with O(n²) neighbourhoods. */
    static int[] dbscan(boolean[] pts, int w, double eps, int minPts) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pts.length; i++) if (pts[i]) idx.add(i);
        int n = idx.size();
        List<List<Integer>> nb = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> l = new ArrayList<>();
            int xi = idx.get(i) % w, yi = idx.get(i) / w;
            for (int j = 0; j < n; j++) {
                int xj = idx.get(j) % w, yj = idx.get(j) / w;
                if (Math.sqrt((double) (xi - xj) * (xi - xj) + (double) (yi - yj) * (yi - yj)) <= eps) l.add(j);
            }
            nb.add(l);
        }
        int[] lab = new int[n];
        java.util.Arrays.fill(lab, -1);
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (lab[i] != -1 || nb.get(i).size() < minPts) continue;
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            stack.push(i);
            lab[i] = c;
            while (!stack.isEmpty()) {
                int q = stack.pop();
                if (nb.get(q).size() < minPts) continue;
                for (int v : nb.get(q)) {
                    if (lab[v] == -1) {
                        lab[v] = c;
                        stack.push(v);
                    }
                }
            }
            c++;
        }
        int[] full = new int[pts.length];
        java.util.Arrays.fill(full, -1);
        for (int i = 0; i < n; i++) full[idx.get(i)] = lab[i];
        return full;
    }

    static boolean[] clean(boolean[] pts, int w, double eps, int minPts, int minCluster) {
        int[] lab = dbscan(pts, w, eps, minPts);
        Map<Integer, Integer> size = new java.util.HashMap<>();
        for (int l : lab) if (l >= 0) size.merge(l, 1, Integer::sum);
        boolean[] out = new boolean[pts.length];
        for (int i = 0; i < pts.length; i++) out[i] = lab[i] >= 0 && size.get(lab[i]) >= minCluster;
        return out;
    }

    static Result encode(ParsedPrompt p, Map<Integer, float[]> maps, int w, int h, XiScheme xi, DbscanParams d) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) if (p.token(i).pos() != Upos.X && p.token(i).pos().kept()) kept.add(i);
        int m = kept.size();
        boolean[][] bin = new boolean[m][];
        boolean[][] cl = new boolean[m][];
        for (int k = 0; k < m; k++) {
            bin[k] = binarize(maps.get(kept.get(k)), xi.xi(p.token(kept.get(k)).pos()));
            cl[k] = clean(bin[k], w, d.eps(), d.minPts(), d.minCluster());
        }
        double[] v = new double[m];
        for (int a = 0; a < m; a++) {
            v[a] = 1.0; // C_ii = 1, IoU(i,i) = 1
            for (int b = 0; b < m; b++) {
                if (a == b || p.token(kept.get(b)).head() != kept.get(a)) continue;
                int inter = 0, union = 0;
                for (int q = 0; q < w * h; q++) {
                    if (bin[a][q] && bin[b][q]) inter++;
                    if (bin[a][q] || bin[b][q]) union++;
                }
                v[a] += union == 0 ? 0 : (double) inter / union;
            }
        }
        double z = 0, mx = Double.NEGATIVE_INFINITY;
        for (double x : v) mx = Math.max(mx, x);
        double[] s = new double[m];
        for (int a = 0; a < m; a++) z += s[a] = Math.exp(v[a] - mx);
        for (int a = 0; a < m; a++) s[a] /= z;
        List<Integer> ord = new ArrayList<>();
        for (int a = 0; a < m; a++) ord.add(a);
        ord.sort(Comparator.comparingDouble((Integer a) -> -s[a]).thenComparingInt(a -> a));
        boolean[] covered = new boolean[w * h];
        List<Integer> pixels = new ArrayList<>();
        int[] seg = new int[p.size()];
        for (int a : ord) {
            float[] att = maps.get(kept.get(a));
            List<Integer> segPx = new ArrayList<>();
            for (int q = 0; q < w * h; q++) if (cl[a][q] && !covered[q]) segPx.add(q);
            for (int q = 0; q < w * h; q++) if (cl[a][q]) covered[q] = true;
            segPx.sort(Comparator.comparingDouble((Integer q) -> -att[q]).thenComparingInt(q -> q));
            pixels.addAll(segPx);
            seg[kept.get(a)] = segPx.size();
        }
        double[] imp = new double[p.size()];
        java.util.Arrays.fill(imp, Double.NaN);
        for (int a = 0; a < m; a++) imp[kept.get(a)] = s[a];
        return new Result(imp, seg, ord.stream().mapToInt(kept::get).toArray(), pixels.stream().mapToInt(Integer::intValue).toArray());
    }
}
