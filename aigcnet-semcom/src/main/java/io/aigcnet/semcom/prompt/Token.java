package io.aigcnet.semcom.prompt;

/** One prompt word: its text, UPOS tag and dependency head (a token index, or −1 for a root). */
public record Token(String text, Upos pos, int head) {
    public Token {
        if (text == null) throw new IllegalArgumentException("token text is null");
        if (pos == null) throw new IllegalArgumentException("token pos is null");
    }
}
