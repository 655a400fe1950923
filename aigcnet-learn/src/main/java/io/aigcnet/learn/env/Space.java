package io.aigcnet.learn.env;

/** An observation or action space: either a finite set of choices or a box of reals. */
public sealed interface Space permits Space.Discrete, Space.Box {

    /** Flat dimension used by networks (n for one-hot discrete, the box length otherwise). */
    int dimension();

    /** Choices {0, …, n−1}; an action is encoded as {@code double[]{index}}. */
    record Discrete(int n) implements Space {
        public Discrete {
            if (n < 1) throw new IllegalArgumentException("Discrete space needs n >= 1, got " + n);
        }
        @Override public int dimension() { return n; }
    }

    /** Axis-aligned box low[i] ≤ x[i] ≤ high[i] (infinite bounds allowed for observations). */
    record Box(double[] low, double[] high) implements Space {
        public Box {
            if (low.length != high.length || low.length == 0)
                throw new IllegalArgumentException("Box bounds must be non-empty and of equal length");
            low = low.clone();
            high = high.clone();
            for (int i = 0; i < low.length; i++)
                if (!(low[i] <= high[i])) throw new IllegalArgumentException("Box low[" + i + "] > high[" + i + "]");
        }
        public static Box of(int dim, double lo, double hi) {
            double[] l = new double[dim], h = new double[dim];
            java.util.Arrays.fill(l, lo);
            java.util.Arrays.fill(h, hi);
            return new Box(l, h);
        }
        @Override public double[] low() { return low.clone(); }
        @Override public double[] high() { return high.clone(); }
        @Override public int dimension() { return low.length; }
    }
}
