package io.aigcnet.lifecycle.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The luminance of an image as a summed-area table, so the mean luminance of any rectangle costs four
 * look-ups: every downscale to a hash grid is then an exact area average (a box filter, which is also the
 * low-pass that pHash applies before its DCT), whatever the source size.
 */
public final class LumaImage {
    private final int width;
    private final int height;
    /** sat[(y)*(width+1) + x] = sum of luma over [0,x) x [0,y) */
    private final double[] sat;

    private LumaImage(int width, int height, double[] sat) {
        this.width = width;
        this.height = height;
        this.sat = sat;
    }

    /** Builds the table; fast paths for the raster layouts ImageIO produces for PNG and JPEG. */
    public static LumaImage of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        if (w < 1 || h < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, got " + w + "x" + h);
        }
        double[] sat = new double[(w + 1) * (h + 1)];
        float[] row = new float[w];
        int stride = w + 1;
        for (int y = 0; y < h; y++) {
            lumaRow(img, y, row);
            double acc = 0;
            int base = (y + 1) * stride;
            int prev = y * stride;
            for (int x = 0; x < w; x++) {
                acc += row[x];
                sat[base + x + 1] = sat[prev + x + 1] + acc;
            }
        }
        return new LumaImage(w, h, sat);
    }

    // ITU-R BT.601 luma, the Y that pHash takes from YCbCr
    private static float luma(int r, int g, int b) {
        return 0.299f * r + 0.587f * g + 0.114f * b;
    }

    private static void lumaRow(BufferedImage img, int y, float[] out) {
        int w = img.getWidth();
        switch (img.getType()) {
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
                int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
                int off = y * w;
                for (int x = 0; x < w; x++) {
                    int p = data[off + x];
                    out[x] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
                int off = y * w * 3;
                for (int x = 0; x < w; x++) {
                    int i = off + 3 * x;
                    out[x] = luma(data[i + 2] & 0xff, data[i + 1] & 0xff, data[i] & 0xff);
                }
            }
            case BufferedImage.TYPE_BYTE_GRAY -> {
                byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
                int off = y * w;
                for (int x = 0; x < w; x++) {
                    out[x] = data[off + x] & 0xff;
                }
            }
            default -> {
                int[] rgb = img.getRGB(0, y, w, 1, null, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = rgb[x];
                    out[x] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * Area-averages the region [x0,x1) x [y0,y1) (fractions of the width and height) onto a cols x rows grid,
     * row-major. Cell edges are rounded to whole pixels; every cell covers at least one pixel.
     */
    public double[] grid(double fx0, double fy0, double fx1, double fy1, int cols, int rows) {
        double[] out = new double[cols * rows];
        int stride = width + 1;
        for (int r = 0; r < rows; r++) {
            int ya = edge(fy0 + (fy1 - fy0) * r / rows, height);
            int yb = Math.max(ya + 1, edge(fy0 + (fy1 - fy0) * (r + 1) / rows, height));
            yb = Math.min(yb, height);
            ya = Math.min(ya, yb - 1);
            for (int c = 0; c < cols; c++) {
                int xa = edge(fx0 + (fx1 - fx0) * c / cols, width);
                int xb = Math.max(xa + 1, edge(fx0 + (fx1 - fx0) * (c + 1) / cols, width));
                xb = Math.min(xb, width);
                xa = Math.min(xa, xb - 1);
                double sum = sat[yb * stride + xb] - sat[ya * stride + xb] - sat[yb * stride + xa] + sat[ya * stride + xa];
                out[r * cols + c] = sum / ((double) (xb - xa) * (yb - ya));
            }
        }
        return out;
    }

    private static int edge(double f, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(f * size)));
    }
}
