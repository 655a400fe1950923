package io.aigcnet.chain.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a {@code text/plain} transaction batch, found and hex-decoded straight from the request bytes:
 * this is the hot path of every client batch, so no string is made of the body or of a line (JFR showed a
 * fifth of a node's non-signature CPU going to splitting the body into strings).
 */
final class HexLines {
    private static final byte[] NIBBLE = new byte[256];

    static {
        java.util.Arrays.fill(NIBBLE, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            NIBBLE[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            NIBBLE[c] = (byte) (c - 'a' + 10);
        }
        for (int c = 'A'; c <= 'F'; c++) {
            NIBBLE[c] = (byte) (c - 'A' + 10);
        }
    }

    private final byte[] body;
    private final int[] bounds;
    private final int count;

    private HexLines(byte[] body, int[] bounds, int count) {
        this.body = body;
        this.bounds = bounds;
        this.count = count;
    }

    /** Splits at CR / LF; blank lines are skipped and each line is trimmed of ASCII white space. */
    static HexLines of(byte[] body) {
        int[] b = new int[16];
        int n = 0;
        int from = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n' || body[i] == '\r') {
                int s = from;
                int e = i;
                while (s < e && (body[s] & 0xff) <= ' ') {
                    s++;
                }
                while (e > s && (body[e - 1] & 0xff) <= ' ') {
                    e--;
                }
                if (e > s) {
                    if (2 * n + 2 > b.length) {
                        b = java.util.Arrays.copyOf(b, 2 * b.length);
                    }
                    b[2 * n] = s;
                    b[2 * n + 1] = e;
                    n++;
                }
                from = i + 1;
            }
        }
        return new HexLines(body, b, n);
    }

    /**
     * Entries given as strings (the JSON form of the request): one line each, so the answer keeps one result per
     * entry; an empty entry becomes a non-hex line and is answered MALFORMED.
     */
    static HexLines of(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.isBlank() ? "--" : l.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return of(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return count;
    }

    /** Line {@code i} decoded from hex; {@link IllegalArgumentException} naming the problem if it is not hex. */
    byte[] decode(int i) {
        int s = bounds[2 * i];
        int e = bounds[2 * i + 1];
        if (((e - s) & 1) != 0) {
            throw new IllegalArgumentException("hex string has odd length " + (e - s));
        }
        byte[] out = new byte[(e - s) / 2];
        for (int k = 0; k < out.length; k++) {
            int hi = NIBBLE[body[s + 2 * k] & 0xff];
            int lo = NIBBLE[body[s + 2 * k + 1] & 0xff];
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit at position " + (hi < 0 ? 2 * k : 2 * k + 1));
            }
            out[k] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** All line texts (for tests). */
    List<String> texts() {
        List<String> t = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            t.add(new String(body, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i], StandardCharsets.ISO_8859_1));
        }
        return t;
    }
}
