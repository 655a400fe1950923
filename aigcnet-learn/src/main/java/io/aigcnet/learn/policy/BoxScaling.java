package io.aigcnet.learn.policy;

import io.aigcnet.learn.env.Space;
import org.apache.commons.rng.UniformRandomProvider;

/** Affine map between [−1, 1]^A (network side) and an action box [low, high] (environment side). */
public final class BoxScaling {
    private final double[] low;
    private final double[] high;

    public BoxScaling(Space.Box box) {
        this.low = box.low();
        this.high = box.high();
        for (int j = 0; j < low.length; j++)
            if (!Double.isFinite(low[j]) || !Double.isFinite(high[j]))
                throw new IllegalArgumentException("action box must be finite, dimension " + j + " is [" + low[j] + ", " + high[j] + "]");
    }

    public double[] toEnv(float[] unit) {
        double[] a = new double[unit.length];
        for (int j = 0; j < a.length; j++) {
            double u = Math.max(-1, Math.min(1, unit[j]));
            a[j] = low[j] + (u + 1) / 2 * (high[j] - low[j]);
        }
        return a;
    }

    /** A uniform random point of [−1, 1]^A, the network-side image of a uniform action in the box (warm-up steps). */
    public float[] uniformUnit(UniformRandomProvider rng) {
        float[] a = new float[low.length];
        for (int j = 0; j < a.length; j++) a[j] = (float) (2 * rng.nextDouble() - 1);
        return a;
    }

    public int dimension() { return low.length; }
}
