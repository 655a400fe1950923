package io.aigcnet.semcom.pixel;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import javax.imageio.ImageIO;

/** Figure panels as PNG: attention heat maps, binary maps, and image strips with captions. */
public final class Panels {
    private Panels() {}

    /** A heat map (black → red → yellow → white) of a real-valued map normalised by its maximum. */
    public static BufferedImage heat(float[] a, int w, int h) {
        float max = 0;
        for (float v : a) max = Math.max(max, v);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < a.length; i++) {
            float t = max > 0 ? a[i] / max : 0;
            int r = (int) (255 * Math.min(1, 3 * t)), g = (int) (255 * Math.max(0, Math.min(1, 3 * t - 1))),
                    b = (int) (255 * Math.max(0, Math.min(1, 3 * t - 2)));
            img.setRGB(i % w, i / w, r << 16 | g << 8 | b);
        }
        return img;
    }

    public static BufferedImage binary(BitSet s, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < w * h; i++) img.setRGB(i % w, i / w, s.get(i) ? 0xFFFFFF : 0x000000);
        return img;
    }

    /** The source image with untransmitted pixels in black. */
    public static RgbImage masked(RgbImage src, BitSet known) {
        RgbImage m = RgbImage.blank(src.width(), src.height());
        for (int i = known.nextSetBit(0); i >= 0; i = known.nextSetBit(i + 1))
            for (int c = 0; c < 3; c++) m.rgb()[c][i] = src.rgb()[c][i];
        return m;
    }

    /** Tiles panels left to right, each scaled to {@code tile} pixels, a caption under each. */
    public static BufferedImage strip(List<BufferedImage> panels, List<String> captions, int tile) {
        int cap = 22;
        BufferedImage out = new BufferedImage(tile * panels.size(), tile + cap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < panels.size(); i++) {
            g.drawImage(panels.get(i), i * tile, 0, tile, tile, null);
            g.setColor(Color.BLACK);
            g.drawString(captions.get(i), i * tile + 4, tile + 15);
        }
        g.dispose();
        return out;
    }

    /** Stacks strips top to bottom. */
    public static BufferedImage stack(List<BufferedImage> rows) {
        int w = 0, h = 0;
        for (BufferedImage r : rows) {
            w = Math.max(w, r.getWidth());
            h += r.getHeight();
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int y = 0;
        for (BufferedImage r : rows) {
            g.drawImage(r, 0, y, null);
            y += r.getHeight();
        }
        g.dispose();
        return out;
    }

    public static void write(BufferedImage img, Path file) {
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
