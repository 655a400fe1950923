package io.aigcnet.semcom.prompt;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word classes and a small open-class lexicon of caption English, plus the suffix and
 * capitalisation rules that tag the rest. Closed classes decide structure, so they are complete for
 * caption-style prompts; unknown open-class words default to NOUN as a tagger's prior would.
 */
final class Lexicon {
    private Lexicon() {}

    static final Set<String> DET = Set.of("a", "an", "the", "this", "these", "those", "some", "each", "every",
            "another", "no", "any", "all", "both");
    static final Set<String> PRON = Set.of("it", "he", "she", "they", "them", "him", "her", "his", "their", "its",
            "i", "you", "we", "me", "us", "my", "your", "our", "who", "which", "what", "something", "someone",
            "itself", "themselves", "himself", "herself", "one's");
    static final Set<String> RELATIVE = Set.of("that", "which", "who");
    static final Set<String> AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "can", "could",
            "will", "would", "should", "may", "might", "must", "do", "does", "did", "'s");
    static final Set<String> HAVE = Set.of("has", "have", "had");
    static final Set<String> CCONJ = Set.of("and", "or", "but", "nor", "&");
    static final Set<String> SCONJ = Set.of("while", "because", "if", "although", "whereas", "as");
    static final Set<String> ADP = Set.of("in", "on", "at", "through", "with", "of", "near", "by", "under", "over",
            "behind", "beside", "besides", "across", "along", "into", "onto", "from", "for", "above", "below",
            "between", "inside", "around", "down", "past", "toward", "towards", "against", "during", "among",
            "atop", "beneath", "underneath", "upon", "within", "without", "like", "after", "before", "about",
            "outside", "off", "up", "via", "amid", "to");
    static final Set<String> PART = Set.of("not", "n't");
    static final Set<String> INTJ = Set.of("wow", "oh", "hey", "yes", "hello");
    static final Set<String> ADV = Set.of("here", "there", "very", "together", "next", "away", "back", "almost",
            "too", "so", "just", "still", "also", "outdoors", "indoors", "nearby", "upside", "really", "quite",
            "rather", "somewhat", "well", "now", "then", "again", "far", "only");
    static final Set<String> NUM = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "twenty", "thirty", "hundred", "thousand", "dozen", "zero");
    static final Set<String> ADJ = Set.of("red", "blue", "green", "yellow", "black", "white", "brown", "pink",
            "purple", "gray", "grey", "golden", "silver", "dark", "old", "young", "small", "large", "big", "little",
            "tall", "short", "odd", "beautiful", "good", "serene", "busy", "empty", "wooden", "open", "new", "long",
            "several", "many", "few", "tiny", "huge", "bright", "sunny", "snowy", "cloudy", "wet", "dry", "modern",
            "ancient", "colorful", "colourful", "fresh", "hot", "cold", "clean", "dirty", "happy", "cute", "ripe",
            "crowded", "quiet", "calm", "wide", "narrow", "full", "high", "low", "pretty", "delicious", "stuffed",
            "grassy", "sandy", "rocky", "shiny", "fluffy", "furry", "striped", "rusty", "vintage", "famous",
            "other", "same", "different", "first", "second", "third", "last", "giant", "baby", "adult", "elderly",
            "urban", "rural", "wild", "domestic", "electric", "plastic", "metal", "glass", "fancy", "plain",
            "blurry", "sleek", "lush", "gloomy", "foggy", "rainy", "misty", "vast", "lonely", "single", "double",
            "orange");
    static final Set<String> VERB = Set.of("sits", "sit", "stands", "stand", "rides", "ride", "holds", "hold",
            "eats", "eat", "looks", "look", "flies", "fly", "runs", "run", "walks", "walk", "plays", "play",
            "wears", "wear", "carries", "carry", "drives", "drive", "lies", "lie", "lays", "lay", "waits", "wait",
            "shows", "show", "contains", "contain", "sleeps", "sleep", "swims", "swim", "jumps", "jump", "drinks",
            "drink", "throws", "throw", "catches", "catch", "watches", "watch", "crosses", "cross", "goes", "go",
            "grazes", "graze", "hangs", "hang", "floats", "float", "leans", "lean", "made", "built", "parked",
            "covered", "filled", "topped", "stopped", "seen", "taken", "left", "sitting", "standing", "lying");
    static final Set<String> PUNCT = Set.of(".", ",", "!", "?", ";", ":", "-", "(", ")", "\"", "'");

    static Upos tag(String word, boolean sentenceInitial) {
        String w = word.toLowerCase(Locale.ROOT);
        if (PUNCT.contains(w)) return Upos.PUNCT;
        if (w.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',') && w.chars().anyMatch(Character::isDigit)) return Upos.NUM;
        if (w.matches("[$%#@*+=/<>~^|]+")) return Upos.SYM;
        if (DET.contains(w)) return Upos.DET;
        if (PRON.contains(w)) return Upos.PRON;
        if (AUX.contains(w)) return Upos.AUX;
        if (CCONJ.contains(w)) return Upos.CCONJ;
        if (SCONJ.contains(w)) return Upos.SCONJ;
        if (PART.contains(w)) return Upos.PART;
        if (INTJ.contains(w)) return Upos.INTJ;
        if (ADP.contains(w)) return Upos.ADP;
        if (NUM.contains(w)) return Upos.NUM;
        if (ADV.contains(w)) return Upos.ADV;
        if (ADJ.contains(w)) return Upos.ADJ;
        if (HAVE.contains(w) || VERB.contains(w)) return Upos.VERB;
        if (!sentenceInitial && Character.isUpperCase(word.charAt(0))) return Upos.PROPN;
        if (hasInnerCapital(word)) return Upos.PROPN;
        if (w.length() > 4 && w.endsWith("ing")) return Upos.VERB;
        if (w.length() > 4 && w.endsWith("ed")) return Upos.VERB;
        if (w.length() > 4 && w.endsWith("ly")) return Upos.ADV;
        if (w.length() > 5 && (w.endsWith("ful") || w.endsWith("ous") || w.endsWith("ive") || w.endsWith("less"))) return Upos.ADJ;
        return Upos.NOUN;
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) return true;
        return false;
    }

    /** A participle (driving, stopped) heads a reduced relative clause when no auxiliary precedes it. */
    static boolean participle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ing") || w.endsWith("ed") || w.equals("made") || w.equals("built") || w.equals("seen")
                || w.equals("taken") || w.equals("left");
    }
}
