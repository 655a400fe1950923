package io.aigcnet.semcom.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A tagged and dependency-parsed prompt in the spaCy (ClearNLP) structure the paper assumes:
 * arcs run head → dependent and prepositions head their objects. Heads are validated: every head is
 * −1 or a token index, and following heads from any token reaches a root (no cycle).
 */
public record ParsedPrompt(List<Token> tokens) {
    public ParsedPrompt {
        tokens = List.copyOf(tokens);
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int h = tokens.get(i).head();
            if (h < -1 || h >= n)
                throw new IllegalArgumentException("tokens[" + i + "].head = " + h + " is out of range; allowed -1 (root) or 0.." + (n - 1));
        }
        for (int i = 0; i < n; i++) {
            int cur = i;
            for (int steps = 0; cur != -1; steps++) {
                if (steps > n) throw new IllegalArgumentException("tokens[" + i + "]: the dependency heads form a cycle through token " + cur);
                cur = tokens.get(cur).head();
            }
        }
    }

    public int size() { return tokens.size(); }

    public Token token(int i) { return tokens.get(i); }

    /** Indices of the kept (non-X) words in prompt order. */
    public int[] keptIndices() {
        List<Integer> k = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).pos().kept()) k.add(i);
        return k.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0 && !(t.pos() == Upos.PUNCT)) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }
}
