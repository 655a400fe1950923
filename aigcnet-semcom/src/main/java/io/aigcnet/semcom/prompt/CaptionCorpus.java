package io.aigcnet.semcom.prompt;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Seeded COCO-style captions for the experiments (the paper draws 1000 prompts from COCO 2017
 * captions, which cannot ship with the build). Templates cover the shapes of the paper's four prompts:
 * participle clauses, auxiliary + verb, relative clauses, copulas, plurals and coordinations.
 */
public final class CaptionCorpus {
    /** The prompts of the paper's Fig. 8, cases (a)–(d). */
    public static final List<String> PAPER = List.of("An old man is wearing an odd hat.", "A bus is stopped on a dark road.",
            "A bowl that has oranges in it.", "A blue car driving through the city.");

    private static final String[] THINGS = {"man", "woman", "dog", "cat", "bus", "car", "bird", "horse", "boy", "girl",
        "train", "truck", "bicycle", "elephant", "giraffe", "kite", "boat", "plane", "zebra", "bear", "sheep", "cow",
        "motorcycle", "skateboarder", "surfer", "child", "player", "clock", "vase", "pizza"};
    private static final String[] PLURALS = {"dogs", "people", "zebras", "elephants", "sheep", "birds", "horses",
        "cows", "children", "giraffes", "boats", "cars"};
    private static final String[] ADJS = {"red", "blue", "green", "yellow", "black", "white", "brown", "old", "young",
        "small", "large", "little", "tall", "dark", "wooden", "colorful", "orange", "big", "empty", "busy"};
    private static final String[] ING = {"riding", "sitting", "standing", "walking", "driving", "flying", "eating",
        "holding", "crossing", "running", "carrying", "playing", "looking", "waiting", "grazing", "crossing"};
    private static final String[] PREPS = {"on", "in", "through", "near", "by", "along", "across", "under", "beside",
        "behind", "over"};
    private static final String[] SCENES = {"city", "road", "street", "field", "beach", "park", "grass", "water",
        "snow", "table", "room", "kitchen", "track", "sky", "river", "sidewalk", "hill", "lake"};
    private static final String[] NUMS = {"Two", "Three", "Four", "Several", "Many"};

    private CaptionCorpus() {}

    public static List<String> sample(UniformRandomProvider r, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(one(r));
        return out;
    }

    public static String one(UniformRandomProvider r) {
        String a = pick(r, ADJS), t = pick(r, THINGS), t2 = pick(r, THINGS), v = pick(r, ING), p = pick(r, PREPS), s = pick(r, SCENES);
        switch (r.nextInt(7)) {
            case 0: return art(a) + " " + a + " " + t + " " + v + " " + p + " the " + s + ".";
            case 1: return art(t) + " " + t + " is " + v + " " + art(a).toLowerCase(java.util.Locale.ROOT) + " " + a + " " + t2 + ".";
            case 2: return pick(r, NUMS) + " " + pick(r, PLURALS) + " " + v + " " + p + " a " + pick(r, ADJS) + " " + s + ".";
            case 3: return art(t) + " " + t + " that has " + pick(r, PLURALS) + " " + p + " it.";
            case 4: return art(a) + " " + a + " " + t + " and " + art(t2).toLowerCase(java.util.Locale.ROOT) + " " + t2 + " " + p + " the " + s + ".";
            case 5: return art(t) + " " + t + " is " + v + " " + p + " " + art(a).toLowerCase(java.util.Locale.ROOT) + " " + a + " " + s + ".";
            default: return "The " + a + " " + t + " " + v + " " + p + " the " + s + " near " + art(t2).toLowerCase(java.util.Locale.ROOT) + " " + t2 + ".";
        }
    }

    private static String art(String next) {
        return "aeiou".indexOf(next.charAt(0)) >= 0 ? "An" : "A";
    }

    private static String pick(UniformRandomProvider r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
