package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;

/**
 * How an image becomes a model's input tensor: bilinear resize to the model's size (when the model's input
 * size is dynamic, {@code defaultSize}), then (v − mean_c)/std_c per channel on values in [0, 1].
 */
public record Preprocess(int defaultSize, float[] mean, float[] std) {
    /** Keras MobileNet's preprocess_input (x/127.5 − 1), as the idealo NIMA weights expect. */
    public static Preprocess mobileNet() { return new Preprocess(224, new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.5f, 0.5f}); }

    /** Values in [0, 1] unchanged (DreamSim's exported ensemble normalises inside the graph). */
    public static Preprocess unit() { return new Preprocess(224, new float[] {0, 0, 0}, new float[] {1, 1, 1}); }

    public Preprocess {
        if (defaultSize < 1) throw new IllegalArgumentException("default size must be >= 1");
        if (mean.length != 3 || std.length != 3) throw new IllegalArgumentException("mean and std need 3 channels");
        for (float s : std) if (!(s > 0)) throw new IllegalArgumentException("std must be > 0");
        mean = mean.clone();
        std = std.clone();
    }

    /** The image as a {@code [1, 3, h, w]} (channels first) or {@code [1, h, w, 3]} (channels last) float array. */
    public float[] tensor(RgbImage img, int h, int w, boolean channelsLast) {
        float[] out = new float[3 * h * w];
        for (int y = 0; y < h; y++) {
            // pixel-centre alignment (align_corners = false), clamped at the border
            double sy = Math.max(0, Math.min(img.height() - 1, (y + 0.5) * img.height() / h - 0.5));
            int y0 = (int) Math.floor(sy), y1 = Math.min(img.height() - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.max(0, Math.min(img.width() - 1, (x + 0.5) * img.width() / w - 0.5));
                int x0 = (int) Math.floor(sx), x1 = Math.min(img.width() - 1, x0 + 1);
                double fx = sx - x0;
                for (int c = 0; c < 3; c++) {
                    float[] p = img.rgb()[c];
                    double v = (1 - fy) * ((1 - fx) * p[y0 * img.width() + x0] + fx * p[y0 * img.width() + x1])
                            + fy * ((1 - fx) * p[y1 * img.width() + x0] + fx * p[y1 * img.width() + x1]);
                    float n = (float) ((v - mean[c]) / std[c]);
                    out[channelsLast ? (y * w + x) * 3 + c : c * h * w + y * w + x] = n;
                }
            }
        }
        return out;
    }
}
