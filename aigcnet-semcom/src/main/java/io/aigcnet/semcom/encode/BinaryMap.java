package io.aigcnet.semcom.encode;

import java.util.BitSet;

/**
 * A binary map on a width×height pixel grid (row-major bit index y·width + x), G-SemCom's
 * S_{A^{0,1}}. Wraps a BitSet; treat as immutable once built.
 */
public record BinaryMap(int width, int height, BitSet bits) {
    public int cardinality() { return bits.cardinality(); }

    public boolean get(int x, int y) { return bits.get(y * width + x); }

    /** |A ∩ B| / |A ∪ B| (eq. (10)); 0 when both are empty (the union is empty). */
    public static double iou(BitSet a, BitSet b) {
        BitSet inter = (BitSet) a.clone();
        inter.and(b);
        BitSet union = (BitSet) a.clone();
        union.or(b);
        int u = union.cardinality();
        return u == 0 ? 0.0 : (double) inter.cardinality() / u;
    }
}
