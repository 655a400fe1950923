package io.aigcnet.core.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Series colours that stay apart on screen and in print, and stay put: a scheme the papers
 * compare (proposed, Ratio1, baseline, ...) gets the same colour in every figure. Other series
 * take the free colours in order. The base is the Okabe-Ito set (readable with the common colour
 * vision deficiencies) minus its yellow, which vanishes on white, plus four darker tones.
 */
public final class Palette {
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color GREEN = new Color(0x009E73);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color SKY = new Color(0x56B4E9);
    static final Color BLACK = new Color(0x000000);
    static final Color BROWN = new Color(0x8C564B);
    static final Color GREY = new Color(0x7F7F7F);
    static final Color OLIVE = new Color(0x9A9A1E);
    static final Color VIOLET = new Color(0x5E3C99);
    static final Color CRIMSON = new Color(0x7A0019);

    /** In the order free colours are handed out. */
    static final List<Color> ORDER = List.of(BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, BLACK, BROWN, GREY, OLIVE,
            VIOLET, CRIMSON);

    /** Schemes that appear in more than one figure, keyed by {@link #key(String)}. */
    private static final Map<String, Color> FIXED = Map.ofEntries(
            Map.entry("proposed", BLUE), Map.entry("ratio1", VERMILLION), Map.entry("ratio2", GREEN),
            Map.entry("token", PURPLE), Map.entry("onlyf", ORANGE), Map.entry("onlyb", BLACK),
            Map.entry("prosecutor", BLUE), Map.entry("baseline", VERMILLION),
            Map.entry("ppo", BLUE), Map.entry("random", GREY), Map.entry("optimum", BLACK),
            Map.entry("exactoptimum", BLACK), Map.entry("mu", BLUE), Map.entry("asp", VERMILLION));

    private Palette() {}

    /** Lower case, letters and digits only: {@code "MASP 0"} and {@code masp0} are the same name. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** One colour per name, in order: fixed colours first, then free ones, never two alike while any is free. */
    public static List<Color> assign(List<String> names) {
        List<Color> out = new ArrayList<>(names.size());
        List<Color> used = new ArrayList<>();
        for (String n : names) {
            Color c = FIXED.get(key(n));
            if (c != null && used.contains(c)) c = null;
            out.add(c);
            if (c != null) used.add(c);
        }
        int next = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != null) continue;
            Color c = null;
            for (int k = 0; k < ORDER.size(); k++) {
                Color cand = ORDER.get((next + k) % ORDER.size());
                if (!used.contains(cand)) {
                    c = cand;
                    next = (next + k + 1) % ORDER.size();
                    break;
                }
            }
            if (c == null) c = ORDER.get(i % ORDER.size()); // more series than colours: markers/dashes tell them apart
            out.set(i, c);
            used.add(c);
        }
        return out;
    }
}
