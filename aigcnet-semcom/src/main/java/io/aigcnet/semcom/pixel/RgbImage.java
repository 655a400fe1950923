package io.aigcnet.semcom.pixel;

import java.awt.image.BufferedImage;

/** A linear RGB image in [0, 1], channel-planar {@code float[3][h·w]}. */
public record RgbImage(int width, int height, float[][] rgb) {
    public RgbImage {
        if (rgb.length != 3) throw new IllegalArgumentException("need 3 channels");
        for (float[] c : rgb) if (c.length != width * height) throw new IllegalArgumentException("channel size != width·height");
    }

    public static RgbImage blank(int w, int h) {
        return new RgbImage(w, h, new float[3][w * h]);
    }

    public RgbImage copy() {
        return new RgbImage(width, height, new float[][] {rgb[0].clone(), rgb[1].clone(), rgb[2].clone()});
    }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < width * height; i++) {
            int r = clamp8(rgb[0][i]), g = clamp8(rgb[1][i]), b = clamp8(rgb[2][i]);
            img.setRGB(i % width, i / width, r << 16 | g << 8 | b);
        }
        return img;
    }

    static int clamp8(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }

    /** Luma (Rec. 601) per pixel. */
    public float[] luma() {
        float[] y = new float[width * height];
        for (int i = 0; i < y.length; i++) y[i] = 0.299f * rgb[0][i] + 0.587f * rgb[1][i] + 0.114f * rgb[2][i];
        return y;
    }
}
