package io.aigcnet.semcom.encode;

import java.util.BitSet;

/** G-SemCom eq. (8): A^{0,1}[x,y] = 1 iff A^{R+}[x,y] ≥ ξ·max A^{R+}. */
public final class Binarizer {
    private Binarizer() {}

    /**
     * Binarises one real-valued map. A map whose maximum is not positive carries no attention and gives
     * an empty set (read literally, eq. (8) would switch every pixel on: 0 ≥ ξ·0).
     */
    public static BitSet binarize(float[] a, double xi) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : a) if (v > max) max = v;
        BitSet out = new BitSet(a.length);
        if (!(max > 0)) return out;
        // G-SemCom eq. (8); the threshold in double so that ξ·max is not rounded below a float value
        double thr = xi * max;
        for (int i = 0; i < a.length; i++) if (a[i] >= thr) out.set(i);
        return out;
    }
}
