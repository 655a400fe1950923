package io.aigcnet.semcom.encode;

import io.aigcnet.semcom.prompt.Upos;

/**
 * The relative binarisation threshold ξ of G-SemCom eq. (8) per part of speech: the paper's mixed
 * scheme {0.9 PROPN, 0.8 NOUN, 0.5 other} (Table III), or one value for every word (Fig. 9's ξ = 0.8
 * and ξ = 0.5 variants).
 */
public record XiScheme(double propn, double noun, double other) {
    public XiScheme {
        check("xi-propn", propn);
        check("xi-noun", noun);
        check("xi-other", other);
    }

    private static void check(String field, double v) {
        if (!(v > 0 && v <= 1)) throw new IllegalArgumentException(field + " = " + v + " must be in (0, 1]");
    }

    public static XiScheme paper() { return new XiScheme(0.9, 0.8, 0.5); }

    public static XiScheme uniform(double xi) { return new XiScheme(xi, xi, xi); }

    public double xi(Upos pos) {
        switch (pos) {
            case PROPN: return propn;
            case NOUN: return noun;
            default: return other;
        }
    }
}
