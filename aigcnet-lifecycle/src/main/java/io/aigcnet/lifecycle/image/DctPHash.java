package io.aigcnet.lifecycle.image;

import java.util.Arrays;

/**
 * The DCT perceptual hash of pHash.org ({@code ph_dct_imagehash}): the region is area-averaged to 32 x 32
 * luma, transformed by the DCT-II, and the 8 x 8 lowest frequencies except the DC row and column (indices
 * 1..8) become 64 bits, bit i set iff coefficient i (row-major) is above their median. Insensitive to scale
 * (fixed grid), to brightness and contrast (median threshold, DC dropped) and to high-frequency change
 * (JPEG, noise).
 */
public final class DctPHash {
    public static final int GRID = 32;
    private static final Dct2 DCT = new Dct2(GRID);

    private DctPHash() {
    }

    /** The hash of a 32 x 32 row-major luma block. */
    public static long ofBlock(double[] block32) {
        double[] c = DCT.forward(block32);
        double[] low = new double[64];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                low[v * 8 + u] = c[(v + 1) * GRID + (u + 1)];
            }
        }
        double[] sorted = low.clone();
        Arrays.sort(sorted);
        double median = (sorted[31] + sorted[32]) / 2;
        long h = 0;
        for (int i = 0; i < 64; i++) {
            if (low[i] > median) {
                h |= 1L << i;
            }
        }
        return h;
    }

    /** The hash of a region of the image given as fractions of its width and height. */
    public static long of(LumaImage img, double x0, double y0, double x1, double y1) {
        return ofBlock(img.grid(x0, y0, x1, y1, GRID, GRID));
    }
}
