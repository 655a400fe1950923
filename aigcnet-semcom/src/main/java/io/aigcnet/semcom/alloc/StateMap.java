package io.aigcnet.semcom.alloc;

import java.util.BitSet;

/**
 * The per-user RL state of G-SemCom's MDP: the semantic information S resized from the image grid to
 * 16×16 Boolean cells. A cell is 1 when at least half of its block's pixels are semantic (area average,
 * then threshold; the paper does not say how it resizes).
 */
public final class StateMap {
    public static final int SIDE = 16;

    private StateMap() {}

    public static double[] of(BitSet semantic, int width, int height) {
        double[] cells = new double[SIDE * SIDE];
        int[] count = new int[SIDE * SIDE];
        int[] area = new int[SIDE * SIDE];
        for (int y = 0; y < height; y++) {
            int cy = y * SIDE / height;
            for (int x = 0; x < width; x++) {
                int c = cy * SIDE + x * SIDE / width;
                area[c]++;
                if (semantic.get(y * width + x)) count[c]++;
            }
        }
        for (int c = 0; c < cells.length; c++) cells[c] = area[c] > 0 && 2L * count[c] >= area[c] ? 1 : 0;
        return cells;
    }
}
