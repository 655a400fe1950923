package io.aigcnet.semcom.pixel;

import io.aigcnet.semcom.attention.Scene;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the RGB source image g_0 of a synthetic {@link Scene}: a sky/ground backdrop with a soft
 * horizon, then the objects (scenery first, then larger before smaller) as shaded ellipses with a
 * seeded texture, so that inpainting has edges and detail to lose. The same layout produced the
 * attention maps, so semantic pixels fall on the objects.
 */
public final class SceneRenderer {
    private SceneRenderer() {}

    public static RgbImage render(Scene s, int size) {
        RgbImage img = RgbImage.blank(size, size);
        float[][] c = img.rgb();
        float[] sky = rgb(s.skyRgb()), ground = rgb(s.groundRgb());
        long seed = s.textureSeed();
        for (int y = 0; y < size; y++) {
            double v = (y + 0.5) / size;
            double t = 1 / (1 + Math.exp(-(v - s.horizon()) * 40));
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                double n = 0.04 * (hash(seed, x / 4, y / 4) - 0.5);
                for (int k = 0; k < 3; k++) c[k][i] = (float) ((1 - t) * sky[k] * (1 - 0.25 * v) + t * ground[k] * (0.8 + 0.3 * v) + n);
            }
        }
        List<Scene.SceneObject> objs = new ArrayList<>(s.objects());
        objs.sort(Comparator.comparing((Scene.SceneObject o) -> !o.scenery()).thenComparing(o -> -o.rx() * o.ry()));
        for (Scene.SceneObject o : objs) {
            float[] col = rgb(o.rgb());
            int x0 = Math.max(0, (int) ((o.cx() - o.rx()) * size)), x1 = Math.min(size - 1, (int) ((o.cx() + o.rx()) * size));
            int y0 = Math.max(0, (int) ((o.cy() - o.ry()) * size)), y1 = Math.min(size - 1, (int) ((o.cy() + o.ry()) * size));
            long os = seed ^ (o.token() * 0x9E3779B97F4A7C15L);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double dx = ((x + 0.5) / size - o.cx()) / o.rx(), dy = ((y + 0.5) / size - o.cy()) / o.ry();
                    double r2 = dx * dx + dy * dy;
                    if (r2 > 1) continue;
                    double shade = 0.75 + 0.35 * (1 - r2) - 0.15 * dy;
                    double tex = 0.10 * (hash(os, x / 3, y / 3) - 0.5) + 0.06 * Math.sin((x + y) * 0.35 + os % 7);
                    int i = y * size + x;
                    for (int k = 0; k < 3; k++) c[k][i] = (float) Math.max(0, Math.min(1, col[k] * shade + tex));
                }
            }
        }
        return img;
    }

    private static float[] rgb(int v) {
        return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
    }

    /** A deterministic value noise in [0, 1). */
    static double hash(long seed, int x, int y) {
        long h = seed ^ (x * 0x632BE59BD9B4E019L) ^ (y * 0x85157AF5L);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
