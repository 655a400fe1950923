package io.aigcnet.semcom.attention;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.Token;
import io.aigcnet.semcom.prompt.Upos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The default {@link AttentionSource}: a seeded synthetic scene per prompt. Nouns get an object
 * (scenery nouns such as "city" or "road" a large one); each word's field sits on the objects its
 * dependency neighbours name, with a spread that depends on its part of speech: nouns compact, PROPN
 * more compact, adjectives wider, verbs, adpositions and adverbs wide and scattered with salt speckles,
 * X-type words a faint uniform haze. Fields are drawn on a 64×64 latent grid and upscaled bicubically
 * to the image size (eq. (7)'s upscaling), as DAAM does. Not the attention of a real model: the
 * structure (POS-dependent spread, overlap through dependencies) is what the encoder needs.
 */
public final class SyntheticScenes implements AttentionSource {
    public static final int LATENT = 64;
    private static final Set<String> SCENERY = Set.of("city", "road", "street", "field", "beach", "park", "grass",
            "water", "snow", "table", "room", "kitchen", "track", "sky", "ocean", "sea", "forest", "mountain",
            "desert", "lake", "river", "highway", "yard", "garden", "bed", "floor", "wall", "plate", "bowl",
            "sidewalk", "runway", "court", "hill", "shore", "town", "countryside");
    private static final Map<String, Integer> COLOURS = Map.ofEntries(Map.entry("red", 0xC8302C),
            Map.entry("blue", 0x2F5FC0), Map.entry("green", 0x3C9A46), Map.entry("yellow", 0xE2C32F),
            Map.entry("black", 0x202020), Map.entry("white", 0xEDEDED), Map.entry("brown", 0x7A5230),
            Map.entry("pink", 0xE58FB0), Map.entry("purple", 0x7B4AA8), Map.entry("gray", 0x808080),
            Map.entry("grey", 0x808080), Map.entry("orange", 0xE8842A), Map.entry("dark", 0x303848),
            Map.entry("golden", 0xD4A93A), Map.entry("silver", 0xB8BCC4));

    private final long seed;
    private final int size;

    /** @param seed root of every scene drawn by this source; @param size output map side (512 in the paper) */
    public SyntheticScenes(long seed, int size) {
        if (size < 8) throw new IllegalArgumentException("synthetic map size " + size + " must be >= 8");
        this.seed = seed;
        this.size = size;
    }

    public int size() { return size; }

    @Override
    public AttentionMaps maps(ParsedPrompt prompt) {
        return render(scene(prompt), size);
    }

    /** The scene of a prompt: a pure function of (source seed, prompt text). */
    public Scene scene(ParsedPrompt prompt) {
        long h = seed;
        for (Token t : prompt.tokens()) h = h * 1_000_003L + t.text().toLowerCase(Locale.ROOT).hashCode() * 31L + t.head();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {h, seed ^ 0x5DEECE66DL});
        return scene(prompt, rng);
    }

    public static Scene scene(ParsedPrompt p, UniformRandomProvider rng) {
        int n = p.size();
        Map<Integer, Scene.SceneObject> objects = new LinkedHashMap<>();
        int root = -1;
        for (int i = 0; i < n; i++) if (p.token(i).head() == -1) root = i;
        for (int i = 0; i < n; i++) {
            Token t = p.token(i);
            if (t.pos() != Upos.NOUN && t.pos() != Upos.PROPN && t.pos() != Upos.PRON) continue;
            if (t.pos() == Upos.PRON && !referential(t)) continue;
            boolean scenery = SCENERY.contains(t.text().toLowerCase(Locale.ROOT));
            double r = scenery ? uniform(rng, 0.30, 0.42) : (i == root || isSubject(p, i)) ? uniform(rng, 0.20, 0.30) : uniform(rng, 0.12, 0.24);
            if (t.pos() == Upos.PROPN) r *= 0.8;
            double cx = scenery ? uniform(rng, 0.35, 0.65) : uniform(rng, 0.25, 0.75);
            double cy = scenery ? uniform(rng, 0.55, 0.75) : uniform(rng, 0.25, 0.70);
            double aspect = uniform(rng, 0.7, 1.3);
            objects.put(i, new Scene.SceneObject(i, cx, cy, r * aspect, r / aspect, colour(p, i, rng), scenery));
        }
        if (objects.isEmpty()) {
            objects.put(-1, new Scene.SceneObject(-1, 0.5, 0.5, 0.25, 0.25, 0x888888, false));
        }
        Map<Integer, Scene.WordField> fields = new HashMap<>();
        for (int i = 0; i < n; i++) fields.put(i, field(p, i, objects, rng));
        List<Scene.SceneObject> list = new ArrayList<>(objects.values());
        int sky = 0x8DB7E0 + ((int) (rng.nextDouble() * 0x18) << 8);
        int ground = 0x6E6A5E + (int) (rng.nextDouble() * 0x20);
        return new Scene(p, list, fields, sky, ground, uniform(rng, 0.35, 0.55), rng.nextLong());
    }

    private static boolean referential(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("it") || w.equals("them") || w.equals("him") || w.equals("her") || w.equals("he") || w.equals("she");
    }

    private static boolean isSubject(ParsedPrompt p, int i) {
        int h = p.token(i).head();
        return h >= 0 && p.token(h).head() == -1 && i < h;
    }

    private static int colour(ParsedPrompt p, int noun, UniformRandomProvider rng) {
        for (int j = 0; j < p.size(); j++) {
            if (p.token(j).head() == noun && p.token(j).pos() == Upos.ADJ) {
                Integer c = COLOURS.get(p.token(j).text().toLowerCase(Locale.ROOT));
                if (c != null) return c;
            }
        }
        return (int) (rng.nextDouble() * 0xB0) << 16 | (int) (rng.nextDouble() * 0xB0) << 8 | (int) (rng.nextDouble() * 0xB0) | 0x202020;
    }

    /** The objects a word attends to: its own, else those of its dependency neighbours (head, children, grandchildren). */
    private static List<Scene.SceneObject> targets(ParsedPrompt p, int i, Map<Integer, Scene.SceneObject> objects) {
        List<Scene.SceneObject> out = new ArrayList<>();
        if (objects.containsKey(i)) {
            out.add(objects.get(i));
            return out;
        }
        int h = p.token(i).head();
        if (h >= 0 && objects.containsKey(h)) out.add(objects.get(h));
        for (int j = 0; j < p.size(); j++) {
            if (p.token(j).head() != i) continue;
            if (objects.containsKey(j)) out.add(objects.get(j));
            for (int k = 0; k < p.size(); k++) if (p.token(k).head() == j && objects.containsKey(k)) out.add(objects.get(k));
        }
        if (out.isEmpty() && h >= 0) out.addAll(targets(p, h, objects));
        if (out.isEmpty()) out.add(objects.values().iterator().next());
        return out;
    }

    private static Scene.WordField field(ParsedPrompt p, int i, Map<Integer, Scene.SceneObject> objects, UniformRandomProvider rng) {
        Upos pos = p.token(i).pos();
        long s = rng.nextLong();
        if (!pos.kept()) return new Scene.WordField(List.of(), 0, 0, 1.0, s);
        List<Scene.SceneObject> tg = targets(p, i, objects);
        double spread;
        double prob;
        double amp;
        switch (pos) {
            case NOUN: spread = 0.73; prob = 0.05; amp = 0.85; break;
            case PROPN: spread = 0.61; prob = 0.04; amp = 0.9; break;
            case NUM: spread = 0.76; prob = 0.07; amp = 0.8; break;
            case ADJ: spread = 0.79; prob = 0.13; amp = 0.75; break;
            case VERB: spread = 0.89; prob = 0.16; amp = 0.75; break;
            case ADP: spread = 0.93; prob = 0.18; amp = 0.75; break;
            default: spread = 0.97; prob = 0.22; amp = 0.75; break;
        }
        List<Scene.Blob> blobs = new ArrayList<>();
        if (pos == Upos.ADP && tg.size() >= 2) {
            Scene.SceneObject a = tg.get(0), b = tg.get(tg.size() - 1);
            blobs.add(new Scene.Blob((a.cx() + b.cx()) / 2, (a.cy() + b.cy()) / 2, spread * (a.rx() + b.rx()) / 2,
                    spread * (a.ry() + b.ry()) / 2, 1.0));
            blobs.add(new Scene.Blob(b.cx(), b.cy(), spread * b.rx(), spread * b.ry(), 0.7));
        } else {
            for (int k = 0; k < tg.size(); k++) {
                Scene.SceneObject o = tg.get(k);
                double jx = uniform(rng, -0.05, 0.05), jy = uniform(rng, -0.05, 0.05);
                blobs.add(new Scene.Blob(o.cx() + jx, o.cy() + jy, spread * o.rx(), spread * o.ry(), k == 0 ? 1.0 : uniform(rng, 0.6, 0.95)));
            }
        }
        return new Scene.WordField(blobs, prob, amp, 0.03, s);
    }

    /** Draws every word field on the latent grid and upscales it to {@code size}×{@code size}. */
    public static AttentionMaps render(Scene scene, int size) {
        Map<Integer, float[]> maps = new LinkedHashMap<>();
        for (int i = 0; i < scene.prompt().size(); i++) {
            float[] latent = latent(scene.fields().get(i));
            maps.put(i, size == LATENT ? latent : Bicubic.resize(latent, LATENT, LATENT, size, size));
        }
        return new AttentionMaps(size, size, maps);
    }

    static float[] latent(Scene.WordField f) {
        float[] v = new float[LATENT * LATENT];
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {f.seed(), 0x9E3779B97F4A7C15L});
        for (int y = 0; y < LATENT; y++) {
            double cy = (y + 0.5) / LATENT;
            for (int x = 0; x < LATENT; x++) {
                double cx = (x + 0.5) / LATENT;
                double a = 0;
                for (Scene.Blob b : f.blobs()) {
                    double dx = (cx - b.cx()) / b.rx(), dy = (cy - b.cy()) / b.ry();
                    a += b.weight() * Math.exp(-0.5 * (dx * dx + dy * dy));
                }
                // speckles mostly away from the blob cores: scattered attention that eq. (8) may keep and DBSCAN
                // should drop, without lifting the map's maximum (which would shrink every binary map)
                if (r.nextDouble() < f.speckleProb()) a += f.speckleAmp() * r.nextDouble() * Math.max(0, 1 - a);
                a += f.floor() * r.nextDouble();
                v[y * LATENT + x] = (float) a;
            }
        }
        return v;
    }

    private static double uniform(UniformRandomProvider r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }
}
