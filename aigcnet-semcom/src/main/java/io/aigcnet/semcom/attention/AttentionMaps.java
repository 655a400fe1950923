package io.aigcnet.semcom.attention;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real-valued per-word attention maps A_z^{R+} (G-SemCom eq. (7)) of one prompt, row-major
 * {@code float[height·width]}, keyed by token index. Every map has the same size.
 */
public record AttentionMaps(int width, int height, Map<Integer, float[]> byToken) {
    public AttentionMaps {
        if (width < 1 || height < 1) throw new IllegalArgumentException("attention map size " + width + "x" + height + " must be positive");
        TreeMap<Integer, float[]> copy = new TreeMap<>();
        for (Map.Entry<Integer, float[]> e : byToken.entrySet()) {
            if (e.getValue().length != width * height)
                throw new IllegalArgumentException("map of token " + e.getKey() + " has " + e.getValue().length + " values, expected " + width * height);
            copy.put(e.getKey(), e.getValue());
        }
        byToken = Collections.unmodifiableMap(copy);
    }

    public int pixels() { return width * height; }

    public boolean has(int token) { return byToken.containsKey(token); }

    /** The map of a token (shared array: callers must not modify it). */
    public float[] map(int token) {
        float[] m = byToken.get(token);
        if (m == null) throw new IllegalArgumentException("no attention map for token " + token);
        return m;
    }
}
