package io.aigcnet.learn.norm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Per-dimension running mean and variance over batches, merged with Chan et al.'s parallel
 * formula, and the observation normaliser (x − μ)/√(σ² + ε) clipped to ±clip.
 */
public final class RunningMeanStd {
    private final double[] mean;
    private final double[] var;
    private double count;
    private final double clip;

    public RunningMeanStd(int dim, double clip) {
        this.mean = new double[dim];
        this.var = new double[dim];
        java.util.Arrays.fill(var, 1.0);
        this.count = 1e-4; // as in OpenAI baselines: avoids a zero count before the first batch
        this.clip = clip;
    }

    /** Merges a batch of rows into the running moments (Chan, Golub &amp; LeVeque 1979, parallel variance). */
    public void update(double[][] batch) {
        int n = batch.length;
        if (n == 0) return;
        int d = mean.length;
        for (int j = 0; j < d; j++) {
            double bm = 0;
            for (double[] row : batch) bm += row[j];
            bm /= n;
            double bv = 0;
            for (double[] row : batch) bv += (row[j] - bm) * (row[j] - bm);
            bv /= n;
            double delta = bm - mean[j];
            double tot = count + n;
            double m2 = var[j] * count + bv * n + delta * delta * count * n / tot;
            mean[j] += delta * n / tot;
            var[j] = m2 / tot;
        }
        count += n;
    }

    public double[] normalize(double[] x) {
        double[] y = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double z = (x[j] - mean[j]) / Math.sqrt(var[j] + 1e-8);
            y[j] = Math.max(-clip, Math.min(clip, z));
        }
        return y;
    }

    public double[] mean() { return mean.clone(); }
    public double[] variance() { return var.clone(); }
    public double count() { return count; }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(mean.length);
        for (int j = 0; j < mean.length; j++) { out.writeDouble(mean[j]); out.writeDouble(var[j]); }
        out.writeDouble(count);
    }

    public void read(DataInputStream in, String source) throws IOException {
        int d = in.readInt();
        if (d != mean.length) throw new IOException(source + ": normaliser has dimension " + d + ", expected " + mean.length);
        for (int j = 0; j < d; j++) { mean[j] = in.readDouble(); var[j] = in.readDouble(); }
        count = in.readDouble();
    }
}
