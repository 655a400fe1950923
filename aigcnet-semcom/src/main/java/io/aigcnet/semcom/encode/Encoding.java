package io.aigcnet.semcom.encode;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.BitSet;

/**
 * The output of Algorithm 1 for one prompt: per token whether it is kept, its importance (NaN for
 * X-type words), its binary-map and clean-segment sizes and its packed segment size; the kept tokens in
 * transmission order; and the packed pixel list (row-major indices) whose length is |S|.
 */
public record Encoding(ParsedPrompt prompt, int width, int height, double[] importance, int[] binaryPx,
                       int[] cleanPx, int[] segmentPx, int[] order, int[] pixels) {

    public int semanticPx() { return pixels.length; }

    public int imagePx() { return width * height; }

    /** The first {@code n} pixels of the packed list (all of them when n ≥ |S|) as a set. */
    public BitSet sent(long n) {
        int m = (int) Math.max(0, Math.min(n, pixels.length));
        BitSet b = new BitSet(width * height);
        for (int i = 0; i < m; i++) b.set(pixels[i]);
        return b;
    }

    /** Pixels in binary maps that DBSCAN removed as noise or small clusters, summed over words (not deduplicated). */
    public int removedByClustering() {
        int r = 0;
        for (int i = 0; i < binaryPx.length; i++) r += binaryPx[i] - cleanPx[i];
        return r;
    }
}
