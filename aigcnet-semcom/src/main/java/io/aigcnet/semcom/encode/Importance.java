package io.aigcnet.semcom.encode;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.BitSet;

/** Semantic importance of the kept words, G-SemCom eqs. (9)–(12). */
public final class Importance {
    private Importance() {}

    /** G-SemCom eq. (9) with Algorithm 1's unit diagonal: C_ij = 1 iff i == j or token j's head is i. */
    public static int[][] dependencyMatrix(ParsedPrompt p) {
        int n = p.size();
        int[][] c = new int[n][n];
        for (int j = 0; j < n; j++) {
            c[j][j] = 1;
            int h = p.token(j).head();
            if (h >= 0) c[h][j] = 1;
        }
        return c;
    }

    /** C* = C with the rows and columns of X-type words removed (Algorithm 1). */
    public static int[][] reduce(int[][] c, int[] kept) {
        int[][] r = new int[kept.length][kept.length];
        for (int a = 0; a < kept.length; a++) for (int b = 0; b < kept.length; b++) r[a][b] = c[kept[a]][kept[b]];
        return r;
    }

    /** G-SemCom eqs. (10)–(11): D*_ij = IoU of the binary maps of kept words i and j, 1 on the diagonal. */
    public static double[][] iouMatrix(BitSet[] maps) {
        int n = maps.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            d[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) d[i][j] = d[j][i] = BinaryMap.iou(maps[i], maps[j]);
        }
        return d;
    }

    /**
     * G-SemCom eq. (12) read as s = softmax(diag(C*·D*)), i.e. v_i = Σ_j C*_ij·D*_ji (= Σ_j C*_ij·D*_ij, D*
     * symmetric); the only reading that reproduces the paper's (0.16, 0.20, 0.31, 0.17, 0.16).
     */
    public static double[] scores(int[][] cStar, double[][] dStar) {
        int n = cStar.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += cStar[i][j] * dStar[j][i];
            v[i] = s;
        }
        return softmax(v);
    }

    /** Softmax with the maximum subtracted first; empty in, empty out. */
    public static double[] softmax(double[] v) {
        double[] out = new double[v.length];
        if (v.length == 0) return out;
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) m = Math.max(m, x);
        double z = 0;
        for (int i = 0; i < v.length; i++) z += out[i] = Math.exp(v[i] - m);
        for (int i = 0; i < v.length; i++) out[i] /= z;
        return out;
    }
}
