package io.aigcnet.semcom.alloc;

import io.aigcnet.semcom.quality.ImageTraits;

/** One user's encoded image as the allocator sees it: |S| in pixels, its 16×16 state map, and its surrogate traits. */
public record UserImage(int semanticPx, double[] stateMap, ImageTraits traits) {
    public UserImage {
        if (semanticPx < 0) throw new IllegalArgumentException("semanticPx must be >= 0");
        if (stateMap.length != StateMap.SIDE * StateMap.SIDE) throw new IllegalArgumentException("state map must have 256 cells");
        stateMap = stateMap.clone();
    }
}
