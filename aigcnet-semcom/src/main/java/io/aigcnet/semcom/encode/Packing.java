package io.aigcnet.semcom.encode;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Semantic information packing, G-SemCom eq. (14): the kept words in descending importance (ties: the
 * earlier word first), each contributing the pixels of its clean segment not already sent,
 * s_k = S*_k \ (s_1 ∪ … ∪ s_{k−1}). Inside a segment pixels go in descending attention A_z^{R+}, then
 * raster order, so a budget that ends mid-segment sends the most attended pixels of that word.
 */
public final class Packing {
    private Packing() {}

    /** Word positions (indices into {@code importance}) in transmission order. */
    public static int[] order(double[] importance) {
        Integer[] idx = new Integer[importance.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(importance[b], importance[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** The packed pixel list and the size of each word's disjoint segment. */
    public record Packed(int[] pixels, int[] segmentSize) {}

    /**
     * @param order     word positions in transmission order
     * @param segments  S*_z per word position
     * @param attention A_z^{R+} per word position (orders pixels inside a segment)
     */
    public static Packed pack(int[] order, BitSet[] segments, float[][] attention, int pixels) {
        BitSet covered = new BitSet(pixels);
        int[] segSize = new int[segments.length];
        int total = 0;
        long[][] keys = new long[order.length][];
        for (int k = 0; k < order.length; k++) {
            int z = order[k];
            BitSet s = (BitSet) segments[z].clone();
            s.andNot(covered); // G-SemCom eq. (14)
            covered.or(segments[z]);
            long[] key = new long[s.cardinality()];
            int m = 0;
            float[] a = attention[z];
            for (int p = s.nextSetBit(0); p >= 0; p = s.nextSetBit(p + 1)) {
                // attention ≥ 0, so its float bits order like its value; invert for descending order
                int bits = Float.floatToIntBits(Math.max(0f, a[p]));
                key[m++] = ((long) (Integer.MAX_VALUE - bits) << 32) | p;
            }
            Arrays.sort(key);
            keys[k] = key;
            segSize[z] = key.length;
            total += key.length;
        }
        int[] out = new int[total];
        int i = 0;
        for (long[] key : keys) for (long v : key) out[i++] = (int) v;
        return new Packed(out, segSize);
    }
}
