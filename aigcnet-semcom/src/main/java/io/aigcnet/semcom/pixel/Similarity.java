package io.aigcnet.semcom.pixel;

import java.util.BitSet;

/**
 * Full-reference similarity measured on real pixels: mean SSIM (Wang et al. 2004, constants
 * K1 = 0.01, K2 = 0.03, dynamic range 1) over non-overlapping 8×8 windows of the luma, optionally only
 * over windows whose centre lies in a region; and PSNR.
 */
public final class Similarity {
    private static final double C1 = 0.0001, C2 = 0.0009;

    private Similarity() {}

    public static double ssim(RgbImage a, RgbImage b, BitSet region) {
        int w = a.width(), h = a.height();
        float[] x = a.luma(), y = b.luma();
        double sum = 0;
        int n = 0;
        for (int by = 0; by + 8 <= h; by += 8) {
            for (int bx = 0; bx + 8 <= w; bx += 8) {
                if (region != null && !region.get((by + 4) * w + bx + 4)) continue;
                double mx = 0, my = 0;
                for (int j = 0; j < 8; j++) for (int i = 0; i < 8; i++) {
                    int p = (by + j) * w + bx + i;
                    mx += x[p];
                    my += y[p];
                }
                mx /= 64;
                my /= 64;
                double vx = 0, vy = 0, cov = 0;
                for (int j = 0; j < 8; j++) for (int i = 0; i < 8; i++) {
                    int p = (by + j) * w + bx + i;
                    vx += (x[p] - mx) * (x[p] - mx);
                    vy += (y[p] - my) * (y[p] - my);
                    cov += (x[p] - mx) * (y[p] - my);
                }
                vx /= 63;
                vy /= 63;
                cov /= 63;
                sum += ((2 * mx * my + C1) * (2 * cov + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static double psnr(RgbImage a, RgbImage b) {
        double se = 0;
        int n = a.width() * a.height();
        for (int c = 0; c < 3; c++) for (int i = 0; i < n; i++) {
            double d = a.rgb()[c][i] - b.rgb()[c][i];
            se += d * d;
        }
        double mse = se / (3.0 * n);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
    }
}
