package io.aigcnet.semcom.attention;

/**
 * Bicubic resampling matching PyTorch's {@code F.interpolate(mode='bicubic', align_corners=False)}:
 * source coordinate (dst + 0.5)·(in/out) − 0.5, Keys cubic convolution with A = −0.75, indices clamped
 * to the border; separable (rows, then columns), which is the same kernel. The result is clamped at 0
 * as DAAM does, since bicubic undershoots near sharp edges (G-SemCom eq. (7) upscaling).
 */
public final class Bicubic {
    private static final double A = -0.75;

    private Bicubic() {}

    public static float[] resize(float[] src, int inW, int inH, int outW, int outH) {
        float[] tmp = new float[inH * outW];
        Taps tx = taps(inW, outW);
        for (int y = 0; y < inH; y++) {
            int row = y * inW;
            for (int x = 0; x < outW; x++) {
                double s = 0;
                for (int k = 0; k < 4; k++) s += tx.w[x * 4 + k] * src[row + tx.idx[x * 4 + k]];
                tmp[y * outW + x] = (float) s;
            }
        }
        float[] out = new float[outH * outW];
        Taps ty = taps(inH, outH);
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double s = 0;
                for (int k = 0; k < 4; k++) s += ty.w[y * 4 + k] * tmp[ty.idx[y * 4 + k] * outW + x];
                out[y * outW + x] = (float) Math.max(0, s);
            }
        }
        return out;
    }

    private record Taps(int[] idx, double[] w) {}

    private static Taps taps(int in, int out) {
        int[] idx = new int[out * 4];
        double[] w = new double[out * 4];
        double scale = (double) in / out;
        for (int d = 0; d < out; d++) {
            double src = (d + 0.5) * scale - 0.5;
            int i0 = (int) Math.floor(src);
            double t = src - i0;
            for (int k = 0; k < 4; k++) {
                int i = Math.min(in - 1, Math.max(0, i0 - 1 + k));
                idx[d * 4 + k] = i;
                w[d * 4 + k] = kernel(Math.abs(t - (k - 1)));
            }
        }
        return new Taps(idx, w);
    }

    /** Keys (1981) cubic convolution kernel with A = −0.75. */
    static double kernel(double x) {
        if (x <= 1) return ((A + 2) * x - (A + 3)) * x * x + 1;
        if (x < 2) return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
        return 0;
    }
}
