package io.aigcnet.lifecycle.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The generated calibration set of the similarity threshold: procedural originals, their edited copies
 * (positives), unrelated images and scenes from the same template (negatives), and the distances between
 * them. The threshold rule, fixed before any measurement: the largest threshold whose false-positive rate
 * is at most {@link #MAX_FPR} on both negative sets of the calibration seed; it is then evaluated on a
 * second, held-out set drawn from another seed.
 */
public final class Calibration {
    /** Largest false-positive rate allowed when choosing the threshold (the lifecycle spec's E1 bound). */
    public static final double MAX_FPR = 0.01;
    /**
     * The threshold the rule chose on the full calibration set (200 originals, seed 1 of
     * {@code aigcnet reproduce survey-aigc-lifecycle}); nodes and the CLI use it.
     */
    public static final int CALIBRATED_THRESHOLD_BITS = 34;
    public static final int SIZE = 256;

    /** A named edit; {@code inScope} edits must be detected, the others are only reported. */
    public record Transform(String name, boolean inScope, BiFunction<BufferedImage, Long, BufferedImage> edit) {
    }

    /** The edits of the lifecycle spec's attack A1 and the robustness list. */
    public static List<Transform> transforms() {
        List<Transform> t = new ArrayList<>();
        t.add(new Transform("jpeg_q50", true, (img, s) -> Edits.jpeg(img, 0.5f)));
        t.add(new Transform("jpeg_q20", false, (img, s) -> Edits.jpeg(img, 0.2f)));
        t.add(new Transform("resize_0.5x", true, (img, s) -> Edits.resize(img, 0.5)));
        t.add(new Transform("resize_2x", true, (img, s) -> Edits.resize(img, 2.0)));
        t.add(new Transform("crop_10pct_side", true, (img, s) -> cropOneSide(img, 0.10, s)));
        t.add(new Transform("crop_5pct_two_sides", true, (img, s) -> Edits.crop(img, 0.05, 0.05, 0, 0)));
        t.add(new Transform("brightness_+20pct", true, (img, s) -> Edits.brightness(img, 1.2)));
        t.add(new Transform("brightness_-20pct", true, (img, s) -> Edits.brightness(img, 0.8)));
        t.add(new Transform("contrast_+20pct", true, (img, s) -> Edits.contrast(img, 1.2)));
        t.add(new Transform("contrast_-20pct", true, (img, s) -> Edits.contrast(img, 0.8)));
        t.add(new Transform("noise_sigma5", true, (img, s) -> Edits.noise(img, 5, s)));
        t.add(new Transform("overlay_24px", true, (img, s) -> Edits.overlay(img, 24, s)));
        t.add(new Transform("combined", true, (img, s) -> Edits.jpeg(Edits.overlay(Edits.brightness(Edits.resize(img, 0.75), 1.1), 24, s), 0.6f)));
        t.add(new Transform("rotate_3deg", false, (img, s) -> Edits.rotate(img, 3)));
        return t;
    }

    private static BufferedImage cropOneSide(BufferedImage img, double f, long seed) {
        return switch ((int) Math.floorMod(seed, 4L)) {
            case 0 -> Edits.crop(img, f, 0, 0, 0);
            case 1 -> Edits.crop(img, 0, f, 0, 0);
            case 2 -> Edits.crop(img, 0, 0, f, 0);
            default -> Edits.crop(img, 0, 0, 0, f);
        };
    }

    /** Distances (bits) of one generated set. */
    public record Distances(Map<String, int[]> positives, int[] randomNegatives, int[] hardNegatives) {
    }

    /** Generates {@code originals} images from {@code seed} and measures every distance. */
    public static Distances measure(int originals, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Transform> ts = transforms();
        Map<String, int[]> pos = new LinkedHashMap<>();
        ts.forEach(t -> pos.put(t.name(), new int[originals]));
        int[] rand = new int[originals];
        int[] hard = new int[originals];
        for (int i = 0; i < originals; i++) {
            long template = rng.nextLong();
            BufferedImage orig = ProceduralAigcImages.scene(SIZE, template, rng.nextLong());
            Fingerprint fo = Fingerprinter.of(orig);
            for (Transform t : ts) {
                pos.get(t.name())[i] = fo.distance(Fingerprinter.of(t.edit().apply(orig, rng.nextLong())));
            }
            rand[i] = fo.distance(Fingerprinter.of(ProceduralAigcImages.scene(SIZE, rng.nextLong(), rng.nextLong())));
            hard[i] = fo.distance(Fingerprinter.of(ProceduralAigcImages.scene(SIZE, template, rng.nextLong())));
        }
        return new Distances(pos, rand, hard);
    }

    /** Fraction of {@code d} at or below {@code threshold}. */
    public static double rate(int[] d, int threshold) {
        int n = 0;
        for (int x : d) {
            if (x <= threshold) {
                n++;
            }
        }
        return d.length == 0 ? 0 : (double) n / d.length;
    }

    /** The threshold rule of the class comment. */
    public static int chooseThreshold(Distances cal) {
        int best = -1;
        for (int t = 0; t <= Fingerprint.MAX_DISTANCE; t++) {
            if (rate(cal.randomNegatives(), t) <= MAX_FPR && rate(cal.hardNegatives(), t) <= MAX_FPR) {
                best = t;
            }
        }
        return best;
    }

    /** All in-scope positives pooled. */
    public static int[] inScopePositives(Distances d) {
        List<Integer> all = new ArrayList<>();
        for (Transform t : transforms()) {
            if (t.inScope()) {
                for (int x : d.positives().get(t.name())) {
                    all.add(x);
                }
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** All negatives pooled. */
    public static int[] negatives(Distances d) {
        int[] out = new int[d.randomNegatives().length + d.hardNegatives().length];
        System.arraycopy(d.randomNegatives(), 0, out, 0, d.randomNegatives().length);
        System.arraycopy(d.hardNegatives(), 0, out, d.randomNegatives().length, d.hardNegatives().length);
        return out;
    }

    /** Area under the ROC of positives vs negatives (Mann-Whitney; ties count one half). */
    public static double auc(int[] pos, int[] neg) {
        double s = 0;
        for (int p : pos) {
            for (int n : neg) {
                s += p < n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return s / ((double) pos.length * neg.length);
    }
}
