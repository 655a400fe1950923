package io.aigcnet.lifecycle.image;

/**
 * The difference hash (dHash, after N. Krawetz, "Kind of Like That", 2013): the region is area-averaged to
 * 9 x 8 luma and bit (8r + c) is set iff cell (r, c) is brighter than its right neighbour. It encodes the
 * sign of horizontal gradients, so it is independent of the DCT hash's frequency signs and fails in other
 * places (it is weak to flat regions, strong on edges).
 */
public final class DifferenceHash {
    private DifferenceHash() {
    }

    /** The hash of a 9-wide, 8-high row-major luma grid. */
    public static long ofGrid(double[] grid9x8) {
        if (grid9x8.length != 72) {
            throw new IllegalArgumentException("dHash grid must have 72 cells, got " + grid9x8.length);
        }
        long h = 0;
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                if (grid9x8[r * 9 + c] > grid9x8[r * 9 + c + 1]) {
                    h |= 1L << (r * 8 + c);
                }
            }
        }
        return h;
    }

    public static long of(LumaImage img, double x0, double y0, double x1, double y1) {
        return ofGrid(img.grid(x0, y0, x1, y1, 9, 8));
    }

    /** The vertical variant: 8 x 9 grid, bit (8r + c) set iff cell (r, c) is brighter than the cell below. */
    public static long verticalOfGrid(double[] grid8x9) {
        if (grid8x9.length != 72) {
            throw new IllegalArgumentException("vertical dHash grid must have 72 cells, got " + grid8x9.length);
        }
        long h = 0;
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                if (grid8x9[r * 8 + c] > grid8x9[(r + 1) * 8 + c]) {
                    h |= 1L << (r * 8 + c);
                }
            }
        }
        return h;
    }

    public static long vertical(LumaImage img, double x0, double y0, double x1, double y1) {
        return verticalOfGrid(img.grid(x0, y0, x1, y1, 8, 9));
    }
}
