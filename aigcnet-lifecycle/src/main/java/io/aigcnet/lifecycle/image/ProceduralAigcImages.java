package io.aigcnet.lifecycle.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A seeded stand-in for a diffusion model's images, with no weights: a two-colour gradient background and
 * twelve random shapes. A "prompt template" fixes the background and the first six shapes, so two scenes
 * from one template share half their content: the hard negatives of the similarity calibration.
 */
public final class ProceduralAigcImages {
    public static final int SHAPES = 12;
    public static final int TEMPLATE_SHAPES = 6;

    private ProceduralAigcImages() {
    }

    /** A template: the background and the first six shapes, drawn from {@code rng}. */
    public record Template(long seed) {
    }

    public static BufferedImage generate(int size, UniformRandomProvider rng) {
        return scene(size, rng.nextLong(), rng.nextLong());
    }

    /** A scene of {@code template} whose last six shapes come from {@code variation}. */
    public static BufferedImage scene(int size, long template, long variation) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        java.util.SplittableRandom t = new java.util.SplittableRandom(template);
        g.setPaint(new GradientPaint(0, 0, color(t), size * (float) t.nextDouble(), size, color(t)));
        g.fillRect(0, 0, size, size);
        for (int i = 0; i < TEMPLATE_SHAPES; i++) {
            shape(g, t, size);
        }
        java.util.SplittableRandom v = new java.util.SplittableRandom(variation);
        for (int i = TEMPLATE_SHAPES; i < SHAPES; i++) {
            shape(g, v, size);
        }
        g.dispose();
        return img;
    }

    private static Color color(java.util.SplittableRandom r) {
        return new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
    }

    private static void shape(Graphics2D g, java.util.SplittableRandom r, int size) {
        g.setColor(color(r));
        int w = (int) (size * (0.08 + 0.35 * r.nextDouble()));
        int h = (int) (size * (0.08 + 0.35 * r.nextDouble()));
        int x = r.nextInt(size) - w / 2;
        int y = r.nextInt(size) - h / 2;
        switch (r.nextInt(4)) {
            case 0 -> g.fillRect(x, y, w, h);
            case 1 -> g.fillOval(x, y, w, h);
            case 2 -> g.fillPolygon(new int[] {x, x + w, x + w / 2}, new int[] {y + h, y + h, y}, 3);
            default -> {
                g.setStroke(new BasicStroke(Math.max(2, size / 40f)));
                g.drawLine(x, y, x + w, y + h);
            }
        }
    }
}
