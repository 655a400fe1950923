package io.aigcnet.semcom.prompt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Universal part-of-speech tags (the coarse tag set spaCy reports). G-SemCom Table II keeps seven
 * of them (NOUN, PROPN, NUM, ADJ, VERB, ADV, ADP); every other tag is its type "X" and the word is
 * removed from the importance computation (AUX included: the paper's worked example drops "is").
 */
public enum Upos {
    NOUN, PROPN, NUM, ADJ, VERB, ADV, ADP,
    DET, CCONJ, SCONJ, INTJ, PRON, PUNCT, SYM, AUX, PART, X, SPACE;

    /** True for the seven kept types of G-SemCom Table II. */
    public boolean kept() {
        return ordinal() <= ADP.ordinal();
    }

    /** Parses a tag name (case-insensitive); throws naming the allowed values. */
    public static Upos parse(String tag) {
        if (tag != null) {
            try {
                return valueOf(tag.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("unknown POS tag '" + tag + "'; allowed: " + allowed());
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
