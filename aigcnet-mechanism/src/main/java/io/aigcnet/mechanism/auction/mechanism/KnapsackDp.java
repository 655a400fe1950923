package io.aigcnet.mechanism.auction.mechanism;

/**
 * Exact 0/1 knapsack by dynamic programming over integer weights (the Omniscient benchmark's
 * online stage, reconstruction §3.3): maximise the sum of values of the chosen items subject to
 * the sum of weights <= capacity. O(n * capacity) time, O(n * capacity) bits for the choice table.
 */
public final class KnapsackDp {
    private KnapsackDp() {}

    /** The chosen items; items with value <= 0 are never chosen. Ties keep the lower indices. */
    public static boolean[] solve(double[] values, int[] weights, int capacity) {
        int n = values.length;
        if (weights.length != n) throw new IllegalArgumentException("values and weights differ in length");
        if (capacity < 0) throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        double[] best = new double[capacity + 1];
        boolean[][] take = new boolean[n][capacity + 1];
        for (int i = 0; i < n; i++) {
            int w = weights[i];
            if (w < 0) throw new IllegalArgumentException("weight " + i + " must be >= 0, got " + w);
            if (!(values[i] > 0) || w > capacity) continue;
            for (int c = capacity; c >= w; c--) {
                double with = best[c - w] + values[i];
                if (with > best[c]) {
                    best[c] = with;
                    take[i][c] = true;
                }
            }
        }
        boolean[] chosen = new boolean[n];
        int c = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if (take[i][c]) {
                chosen[i] = true;
                c -= weights[i];
            }
        }
        return chosen;
    }

    /** Weight in tenths of a rate unit, rounded up (reconstruction §3.3); the 1e-9 absorbs decimal noise. */
    public static int tenths(double rate) {
        return (int) Math.ceil(10 * rate - 1e-9);
    }
}
