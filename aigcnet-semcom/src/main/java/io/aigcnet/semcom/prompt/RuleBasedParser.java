package io.aigcnet.semcom.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic tagger and dependency parser for caption-style prompts ("A blue car driving
 * through the city."), producing the spaCy (ClearNLP) structure G-SemCom's importance scores assume:
 * noun phrases headed by their last noun (det, amod, nummod, compound attach to it); a verb with an
 * auxiliary is the root and takes the subject; a bare participle after the subject is an acl of it and
 * the subject is the root; a relative pronoun opens a relcl on the preceding noun; a preposition heads
 * its object (pobj) and attaches to the most recent verb, else the most recent noun; punctuation
 * attaches to the root. It reproduces the paper's four prompts and Appendix A's parse exactly
 * ({@code RuleBasedParserTest}); longer or unusual sentences get a plausible, not a guaranteed, parse.
 */
public final class RuleBasedParser implements PromptParser {

    private enum Kind { NP, VERB, AUX, ADP, CCONJ, REL, ADV, OTHER }

    private record Unit(Kind kind, int head, int start, int end) {}

    @Override
    public ParsedPrompt parse(String prompt) {
        List<String> words = tokenize(prompt);
        if (words.isEmpty()) throw new IllegalArgumentException("the prompt is empty");
        int n = words.size();
        Upos[] pos = tag(words);
        int[] head = new int[n];
        Arrays.fill(head, -2);
        List<Unit> units = chunk(words, pos, head);
        attach(words, units, head);
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Token(words.get(i), pos[i], head[i]));
        return new ParsedPrompt(out);
    }

    static List<String> tokenize(String prompt) {
        List<String> out = new ArrayList<>();
        if (prompt == null) return out;
        for (String raw : prompt.trim().split("\\s+")) {
            if (raw.isEmpty()) continue;
            int s = 0, e = raw.length();
            List<String> tail = new ArrayList<>();
            while (s < e && "\"'(".indexOf(raw.charAt(s)) >= 0) out.add(String.valueOf(raw.charAt(s++)));
            while (e > s && ".,!?;:\"')".indexOf(raw.charAt(e - 1)) >= 0) tail.add(0, String.valueOf(raw.charAt(--e)));
            if (e > s) {
                String w = raw.substring(s, e);
                if (w.toLowerCase(Locale.ROOT).endsWith("'s") && w.length() > 2) {
                    out.add(w.substring(0, w.length() - 2));
                    out.add(w.substring(w.length() - 2));
                } else {
                    out.add(w);
                }
            }
            out.addAll(tail);
        }
        return out;
    }

    private static Upos[] tag(List<String> w) {
        int n = w.size();
        Upos[] p = new Upos[n];
        for (int i = 0; i < n; i++) p[i] = Lexicon.tag(w.get(i), i == 0);
        for (int i = 0; i < n; i++) {
            String lw = w.get(i).toLowerCase(Locale.ROOT);
            Upos next = i + 1 < n ? p[i + 1] : null;
            Upos prev = i > 0 ? p[i - 1] : null;
            if (Lexicon.RELATIVE.contains(lw)) {
                boolean afterNoun = prev == Upos.NOUN || prev == Upos.PROPN || prev == Upos.PRON;
                boolean beforeVerb = next == Upos.VERB || next == Upos.AUX;
                if (afterNoun && beforeVerb) p[i] = Upos.PRON;
                else if (lw.equals("that")) p[i] = (next == Upos.NOUN || next == Upos.ADJ) ? Upos.DET : Upos.PRON;
            }
            if (Lexicon.HAVE.contains(lw) && i + 1 < n
                    && (p[i + 1] == Upos.AUX || (p[i + 1] == Upos.VERB && Lexicon.participle(w.get(i + 1))
                    && !w.get(i + 1).toLowerCase(Locale.ROOT).endsWith("ing")))) p[i] = Upos.AUX;
            if (lw.equals("to") && next == Upos.VERB && !Lexicon.participle(w.get(i + 1))) p[i] = Upos.PART;
            if (lw.equals("'s") && prev != null && (prev == Upos.NOUN || prev == Upos.PROPN)
                    && next != null && next != Upos.VERB) p[i] = Upos.PART;
            // "A dog chases a ball": an -s noun right after a noun and before a determiner is a verb
            if (p[i] == Upos.NOUN && lw.endsWith("s") && (prev == Upos.NOUN || prev == Upos.PROPN)
                    && (next == Upos.DET || (next == Upos.PRON && i + 2 < n))) p[i] = Upos.VERB;
        }
        return p;
    }

    private static boolean nominal(Upos u) {
        return u == Upos.NOUN || u == Upos.PROPN;
    }

    /** Groups noun phrases (assigning their internal heads) and wraps every other token as a unit. */
    private static List<Unit> chunk(List<String> w, Upos[] p, int[] head) {
        int n = w.size();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String lw = w.get(i).toLowerCase(Locale.ROOT);
            boolean possessive = p[i] == Upos.PRON && i + 1 < n && (nominal(p[i + 1]) || p[i + 1] == Upos.ADJ)
                    && Lexicon.PRON.contains(lw) && Set4.POSSESSIVE.contains(lw);
            boolean startsNp = p[i] == Upos.DET || p[i] == Upos.NUM || p[i] == Upos.ADJ || nominal(p[i]) || possessive
                    || (p[i] == Upos.ADV && i + 1 < n && p[i + 1] == Upos.ADJ && startsAdjectivePhrase(p, i + 1));
            if (startsNp) {
                int e = i + 1;
                while (e < n && (p[e] == Upos.ADJ || p[e] == Upos.NUM || nominal(p[e])
                        || (p[e] == Upos.PART && w.get(e).equals("'s") && e + 1 < n && nominal(p[e + 1]))
                        || (p[e] == Upos.ADV && e + 1 < n && p[e + 1] == Upos.ADJ)
                        || (p[e] == Upos.VERB && Lexicon.participle(w.get(e)) && e + 1 < n && nominal(p[e + 1])
                            && (p[e - 1] == Upos.DET || p[e - 1] == Upos.ADJ || p[e - 1] == Upos.NUM)))) {
                    e++;
                }
                int h = -1;
                for (int k = e - 1; k >= i && h < 0; k--) if (nominal(p[k])) h = k;
                if (h < 0) for (int k = e - 1; k >= i && h < 0; k--) if (p[k] == Upos.ADJ || p[k] == Upos.NUM) h = k;
                if (h < 0) h = e - 1;
                for (int k = i; k < e; k++) {
                    if (k == h) continue;
                    if (k > h) { head[k] = h; continue; }
                    if (p[k] == Upos.ADV) {
                        int a = k + 1;
                        head[k] = a < e ? a : h;
                    } else {
                        head[k] = h;
                    }
                }
                units.add(new Unit(Kind.NP, h, i, e));
                i = e;
                continue;
            }
            Kind k;
            switch (p[i]) {
                case PRON: k = Lexicon.RELATIVE.contains(lw) && !units.isEmpty() && units.get(units.size() - 1).kind() == Kind.NP
                        ? Kind.REL : Kind.NP; break;
                case VERB: k = Kind.VERB; break;
                case AUX: k = Kind.AUX; break;
                case ADP: k = Kind.ADP; break;
                case CCONJ: k = Kind.CCONJ; break;
                case ADV: k = Kind.ADV; break;
                default: k = Kind.OTHER;
            }
            units.add(new Unit(k, i, i, i + 1));
            i++;
        }
        return units;
    }

    private static boolean startsAdjectivePhrase(Upos[] p, int i) {
        return i < p.length && p[i] == Upos.ADJ;
    }

    /** Clause-level attachment over the units (see the class comment for the rules). */
    private static void attach(List<String> w, List<Unit> units, int[] head) {
        int root = -1, subject = -1, lastVerb = -1, lastNoun = -1, expectPobj = -1, relNoun = -1, relTok = -1;
        int conjTarget = -1;
        Kind conjKind = null;
        List<Integer> pendingAux = new ArrayList<>();
        List<Integer> pendingMods = new ArrayList<>();
        Kind previous = null;
        for (Unit u : units) {
            int t = u.head();
            switch (u.kind()) {
                case NP -> {
                    if (expectPobj >= 0) {
                        head[t] = expectPobj;
                        expectPobj = -1;
                    } else if (conjTarget >= 0 && conjKind == Kind.NP) {
                        head[t] = conjTarget;
                        conjTarget = -1;
                    } else if (subject < 0 && root < 0 && lastVerb < 0) {
                        subject = t;
                    } else {
                        if (!pendingAux.isEmpty()) {
                            int[] r = promoteAux(pendingAux, head, root, subject);
                            root = r[0];
                            lastVerb = r[1];
                        }
                        if (lastVerb >= 0) head[t] = lastVerb;
                        else if (lastNoun >= 0) head[t] = lastNoun;
                    }
                    lastNoun = t;
                }
                case AUX -> pendingAux.add(t);
                case VERB -> {
                    if (conjTarget >= 0 && conjKind == Kind.VERB) {
                        head[t] = conjTarget;
                        conjTarget = -1;
                        for (int a : pendingAux) head[a] = t;
                        pendingAux.clear();
                    } else if (relNoun >= 0) {
                        head[t] = relNoun;
                        head[relTok] = t;
                        for (int a : pendingAux) head[a] = t;
                        pendingAux.clear();
                        relNoun = -1;
                    } else if (!pendingAux.isEmpty()) {
                        for (int a : pendingAux) head[a] = t;
                        pendingAux.clear();
                        if (root < 0) {
                            root = t;
                            if (subject >= 0) head[subject] = t;
                        } else {
                            head[t] = lastVerb >= 0 ? lastVerb : root;
                        }
                    } else if (root < 0 && subject >= 0 && Lexicon.participle(w.get(t))) {
                        head[t] = subject;
                        root = subject;
                    } else if (root < 0) {
                        root = t;
                        if (subject >= 0) head[subject] = t;
                    } else if (previous == Kind.NP && lastNoun >= 0 && Lexicon.participle(w.get(t))) {
                        head[t] = lastNoun;
                    } else {
                        head[t] = lastVerb >= 0 ? lastVerb : root;
                    }
                    for (int m : pendingMods) head[m] = t;
                    pendingMods.clear();
                    lastVerb = t;
                }
                case ADP -> {
                    if (!pendingAux.isEmpty()) {
                        int[] r = promoteAux(pendingAux, head, root, subject);
                        root = r[0];
                        lastVerb = r[1];
                    }
                    if (lastVerb >= 0) head[t] = lastVerb;
                    else if (lastNoun >= 0) head[t] = lastNoun;
                    expectPobj = t;
                }
                case CCONJ -> {
                    if (previous == Kind.VERB && lastVerb >= 0) {
                        conjTarget = lastVerb;
                        conjKind = Kind.VERB;
                    } else if (lastNoun >= 0) {
                        conjTarget = lastNoun;
                        conjKind = Kind.NP;
                    }
                    if (conjTarget >= 0) head[t] = conjTarget;
                }
                case REL -> {
                    relNoun = lastNoun;
                    relTok = t;
                }
                case ADV -> {
                    if (lastVerb >= 0) head[t] = lastVerb;
                    else pendingMods.add(t);
                }
                default -> {
                    if (w.get(t).equalsIgnoreCase("to") || w.get(t).equalsIgnoreCase("not")) pendingMods.add(t);
                }
            }
            previous = u.kind();
        }
        if (!pendingAux.isEmpty()) root = promoteAux(pendingAux, head, root, subject)[0];
        if (root < 0) root = subject >= 0 ? subject : units.get(0).head();
        for (int i = 0; i < head.length; i++) if (head[i] == -2 || head[i] == i) head[i] = root;
        head[root] = -1;
        if (relTok >= 0 && head[relTok] == -1 && relTok != root) head[relTok] = root;
    }

    /** A copula with no following verb ("A cat is on the bed"): spaCy makes the auxiliary the root. */
    private static int[] promoteAux(List<Integer> aux, int[] head, int root, int subject) {
        int a = aux.get(0);
        for (int k = 1; k < aux.size(); k++) head[aux.get(k)] = a;
        aux.clear();
        if (root < 0) {
            if (subject >= 0) head[subject] = a;
            return new int[] {a, a};
        }
        head[a] = root;
        return new int[] {root, a};
    }

    private static final class Set4 {
        static final java.util.Set<String> POSSESSIVE = java.util.Set.of("his", "her", "their", "its", "my", "your", "our");
    }
}
