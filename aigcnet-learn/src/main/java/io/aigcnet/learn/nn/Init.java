package io.aigcnet.learn.nn;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Weight initialisers. All draws come from the caller's RNG (never from PyTorch's generator), so a
 * network's initial weights are a pure function of the seed.
 */
public interface Init {
    /** Fills a row-major [in, out] weight matrix. */
    float[] weights(int in, int out, UniformRandomProvider rng);

    /** Fills the bias of length {@code out}. */
    float[] bias(int in, int out, UniformRandomProvider rng);

    /** PyTorch's nn.Linear default: U(−1/√in, 1/√in) for weights and biases. */
    static Init torchDefault() {
        return new Init() {
            @Override public float[] weights(int in, int out, UniformRandomProvider rng) {
                return uniform(in * out, 1.0 / Math.sqrt(in), rng);
            }
            @Override public float[] bias(int in, int out, UniformRandomProvider rng) {
                return uniform(out, 1.0 / Math.sqrt(in), rng);
            }
        };
    }

    /** Orthogonal weights scaled by {@code gain}, zero bias (the PPO implementation-detail init). */
    static Init orthogonal(double gain) {
        return new Init() {
            @Override public float[] weights(int in, int out, UniformRandomProvider rng) {
                return orthogonalMatrix(in, out, gain, rng);
            }
            @Override public float[] bias(int in, int out, UniformRandomProvider rng) {
                return new float[out];
            }
        };
    }

    static float[] uniform(int n, double bound, UniformRandomProvider rng) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) w[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
        return w;
    }

    /**
     * A (semi-)orthogonal in×out matrix: QR of a Gaussian matrix, Q's columns sign-fixed by diag(R)
     * so the result is Haar-distributed; rows or columns are orthonormal, whichever is fewer.
     */
    static float[] orthogonalMatrix(int in, int out, double gain, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int rows = Math.max(in, out), cols = Math.min(in, out);
        double[][] a = new double[rows][cols];
        for (double[] r : a) for (int j = 0; j < cols; j++) r[j] = g.sample();
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a, false));
        RealMatrix q = qr.getQ().getSubMatrix(0, rows - 1, 0, cols - 1);
        RealMatrix r = qr.getR();
        float[] w = new float[in * out];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = gain * q.getEntry(i, j) * Math.signum(r.getEntry(j, j) == 0 ? 1 : r.getEntry(j, j));
                if (in >= out) w[i * out + j] = (float) v;   // rows = in
                else w[j * out + i] = (float) v;              // transpose: rows = out
            }
        }
        return w;
    }
}
