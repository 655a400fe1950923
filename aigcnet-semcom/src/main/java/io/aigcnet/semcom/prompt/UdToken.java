package io.aigcnet.semcom.prompt;

/**
 * One token as a Universal Dependencies parser reports it: its text, its Penn Treebank tag (xpos), its
 * head (a token index, or −1 for the root) and its relation to the head (a UD v2 label such as
 * {@code nsubj}, {@code obl}, {@code case}; subtypes such as {@code nsubj:pass} allowed).
 * {@link UdConversion} turns a sentence of these into the spaCy structure G-SemCom assumes.
 */
public record UdToken(String text, String xpos, int head, String deprel) {
    public UdToken {
        if (text == null || xpos == null || deprel == null)
            throw new IllegalArgumentException("a UD token needs text, xpos and deprel (got " + text + ", " + xpos + ", " + deprel + ")");
    }

    /** The relation without its subtype: {@code nsubj:pass} → {@code nsubj}. */
    public String relation() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }
}
