package io.aigcnet.semcom.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts a Universal Dependencies parse (what Stanford CoreNLP, Stanza or UDPipe output) into the spaCy
 * (ClearNLP) structure that G-SemCom's importance scores assume (seed 004, Appendix A). Two UD conventions
 * differ from ClearNLP, and both matter to eq. (10)'s dependency matrix:
 * <ol>
 *   <li><b>Prepositions.</b> UD hangs a preposition under its object ({@code case}); ClearNLP makes the
 *       preposition head its object ({@code prep}, {@code pobj}). Each {@code case} dependent tagged IN, TO or
 *       RP takes its object's place in the tree and the object hangs from it; several in a row ("out of")
 *       chain left to right.</li>
 *   <li><b>Copulas.</b> UD makes the predicate ("blue", "bed") the head and the copula a {@code cop}
 *       dependent; ClearNLP makes the copula the head. The copula takes the predicate's place, the predicate
 *       hangs from it, and the clause-level dependents (subjects, auxiliaries, marks, obliques, adverbial
 *       clauses, punctuation) move to the copula.</li>
 *   <li><b>Coordination.</b> UD hangs "and" under the second conjunct; ClearNLP hangs it under the first, beside
 *       the {@code conj} arc (both hang the later conjuncts under the first).</li>
 * </ol>
 * Tags: Penn Treebank to UPOS as spaCy's English tag map does, refined by the relation (an auxiliary or a
 * copula verb is AUX, a subordinating IN is SCONJ, TO is ADP only as a preposition, a relative WDT is PRON).
 */
public final class UdConversion {
    private UdConversion() {}

    /** Clause-level dependents that ClearNLP attaches to a copula rather than to its predicate. */
    private static final Set<String> CLAUSAL = Set.of("nsubj", "csubj", "expl", "aux", "mark", "punct", "obl", "advcl", "nsubjpass", "auxpass");

    private static final Map<String, Upos> PTB = Map.ofEntries(
            Map.entry("NN", Upos.NOUN), Map.entry("NNS", Upos.NOUN), Map.entry("NNP", Upos.PROPN), Map.entry("NNPS", Upos.PROPN),
            Map.entry("JJ", Upos.ADJ), Map.entry("JJR", Upos.ADJ), Map.entry("JJS", Upos.ADJ), Map.entry("AFX", Upos.ADJ),
            Map.entry("VB", Upos.VERB), Map.entry("VBD", Upos.VERB), Map.entry("VBG", Upos.VERB), Map.entry("VBN", Upos.VERB),
            Map.entry("VBP", Upos.VERB), Map.entry("VBZ", Upos.VERB), Map.entry("MD", Upos.AUX),
            Map.entry("RB", Upos.ADV), Map.entry("RBR", Upos.ADV), Map.entry("RBS", Upos.ADV), Map.entry("WRB", Upos.ADV),
            Map.entry("IN", Upos.ADP), Map.entry("RP", Upos.ADP), Map.entry("TO", Upos.PART), Map.entry("CD", Upos.NUM),
            Map.entry("DT", Upos.DET), Map.entry("PDT", Upos.DET), Map.entry("WDT", Upos.DET),
            Map.entry("PRP", Upos.PRON), Map.entry("PRP$", Upos.PRON), Map.entry("WP", Upos.PRON), Map.entry("WP$", Upos.PRON),
            Map.entry("EX", Upos.PRON), Map.entry("POS", Upos.PART), Map.entry("CC", Upos.CCONJ), Map.entry("UH", Upos.INTJ),
            Map.entry("SYM", Upos.SYM), Map.entry("$", Upos.SYM), Map.entry("#", Upos.SYM),
            Map.entry(".", Upos.PUNCT), Map.entry(",", Upos.PUNCT), Map.entry(":", Upos.PUNCT), Map.entry("``", Upos.PUNCT),
            Map.entry("''", Upos.PUNCT), Map.entry("-LRB-", Upos.PUNCT), Map.entry("-RRB-", Upos.PUNCT), Map.entry("HYPH", Upos.PUNCT),
            Map.entry("NFP", Upos.PUNCT), Map.entry("FW", Upos.X), Map.entry("LS", Upos.X), Map.entry("ADD", Upos.X),
            Map.entry("GW", Upos.X), Map.entry("XX", Upos.X), Map.entry("SP", Upos.SPACE));

    /** The UPOS tag of one token, from its Penn tag and UD relation; an unknown Penn tag is rejected by name. */
    public static Upos upos(UdToken t) {
        String tag = t.xpos().toUpperCase(Locale.ROOT);
        Upos base = PTB.get(tag);
        if (base == null) throw new IllegalArgumentException("unknown Penn Treebank tag '" + t.xpos() + "' on '" + t.text() + "'");
        String rel = t.relation();
        if (base == Upos.VERB && (rel.equals("aux") || rel.equals("auxpass") || rel.equals("cop"))) return Upos.AUX;
        if (tag.equals("IN") && rel.equals("mark")) return Upos.SCONJ;
        if (tag.equals("TO") && rel.equals("case")) return Upos.ADP;
        if (tag.equals("WDT") && !rel.equals("det")) return Upos.PRON;
        return base;
    }

    /** Converts one parsed sentence; heads must form a tree (checked by {@link ParsedPrompt}). */
    public static ParsedPrompt toSpacyStyle(List<UdToken> ud) {
        int n = ud.size();
        if (n == 0) throw new IllegalArgumentException("the parse has no tokens");
        Upos[] pos = new Upos[n];
        int[] head = new int[n];
        String[] rel = new String[n];
        for (int i = 0; i < n; i++) {
            UdToken t = ud.get(i);
            if (t.head() < -1 || t.head() >= n)
                throw new IllegalArgumentException("token " + i + " ('" + t.text() + "'): head " + t.head() + " is out of range; allowed -1.." + (n - 1));
            pos[i] = upos(t);
            head[i] = t.head();
            rel[i] = t.relation();
        }
        // copulas first: a predicate "on the bed" then still owns its case marker, which the next pass lifts
        for (int c = 0; c < n; c++) {
            if (!rel[c].equals("cop")) continue;
            int pred = head[c];
            if (pred < 0) continue;
            head[c] = head[pred];
            rel[c] = rel[pred];
            head[pred] = c;
            rel[pred] = "attr";
            for (int d = 0; d < n; d++)
                if (d != c && head[d] == pred && CLAUSAL.contains(rel[d])) head[d] = c;
        }
        for (int cc = 0; cc < n; cc++) {
            int conj = head[cc];
            if (rel[cc].equals("cc") && conj >= 0 && rel[conj].equals("conj")) head[cc] = head[conj];
        }
        for (int obj = 0; obj < n; obj++) {
            List<Integer> preps = new ArrayList<>();
            for (int p = 0; p < n; p++) if (head[p] == obj && isPreposition(ud.get(p), rel[p])) preps.add(p);
            if (preps.isEmpty()) continue;
            int up = head[obj];
            for (int p : preps) {
                head[p] = up;
                rel[p] = "prep";
                up = p;
            }
            head[obj] = up;
            rel[obj] = "pobj";
        }
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Token(ud.get(i).text(), pos[i], head[i]));
        return new ParsedPrompt(out);
    }

    /** A case marker that ClearNLP treats as a preposition (not the possessive 's). */
    private static boolean isPreposition(UdToken t, String rel) {
        String tag = t.xpos().toUpperCase(Locale.ROOT);
        return rel.equals("case") && (tag.equals("IN") || tag.equals("TO") || tag.equals("RP"));
    }
}
