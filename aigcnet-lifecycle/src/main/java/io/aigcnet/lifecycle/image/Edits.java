package io.aigcnet.lifecycle.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The edits a plagiarist applies to a copy, each a pure function of the image (and a seed). */
public final class Edits {
    private Edits() {
    }

    /** Re-encodes as JPEG at {@code quality} in [0, 1] and decodes again. */
    public static BufferedImage jpeg(BufferedImage img, float quality) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter w = it.next();
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(null, new IIOImage(rgb(img), null, null), p);
            }
            w.dispose();
            return ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage resize(BufferedImage img, double factor) {
        int w = Math.max(1, (int) Math.round(img.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(img.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Removes fractions of each side: left, top, right, bottom. */
    public static BufferedImage crop(BufferedImage img, double left, double top, double right, double bottom) {
        int x0 = (int) Math.round(img.getWidth() * left);
        int y0 = (int) Math.round(img.getHeight() * top);
        int x1 = img.getWidth() - (int) Math.round(img.getWidth() * right);
        int y1 = img.getHeight() - (int) Math.round(img.getHeight() * bottom);
        BufferedImage out = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, -x0, -y0, null);
        g.dispose();
        return out;
    }

    /** Multiplies every channel by {@code factor} (1.2 = 20% brighter), clamped. */
    public static BufferedImage brightness(BufferedImage img, double factor) {
        return map(img, v -> v * factor);
    }

    /** Scales the distance of every channel from mid-grey by {@code factor}, clamped. */
    public static BufferedImage contrast(BufferedImage img, double factor) {
        return map(img, v -> 128 + (v - 128) * factor);
    }

    /** Adds zero-mean Gaussian noise of standard deviation {@code sigma} (0..255 scale) per channel. */
    public static BufferedImage noise(BufferedImage img, double sigma, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return map(img, v -> v + sigma * gaussian(r));
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Paints an opaque square of {@code side} pixels (a watermark or sticker) at a seeded place. */
    public static BufferedImage overlay(BufferedImage img, int side, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BufferedImage out = rgb(img);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        g.fillRect(r.nextInt(Math.max(1, img.getWidth() - side)), r.nextInt(Math.max(1, img.getHeight() - side)), side, side);
        g.dispose();
        return out;
    }

    public static BufferedImage rotate(BufferedImage img, double degrees) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, AffineTransform.getRotateInstance(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    private static BufferedImage rgb(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage map(BufferedImage img, java.util.function.DoubleUnaryOperator f) {
        BufferedImage src = rgb(img);
        int w = src.getWidth();
        int h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int rr = clamp(f.applyAsDouble((p >> 16) & 0xff));
            int gg = clamp(f.applyAsDouble((p >> 8) & 0xff));
            int bb = clamp(f.applyAsDouble(p & 0xff));
            px[i] = (rr << 16) | (gg << 8) | bb;
        }
        src.setRGB(0, 0, w, h, px, 0, w);
        return src;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
