package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;

/** A full-reference perceptual distance with DreamSim's meaning: 0 for the same image, larger for less similar. */
public interface PerceptualDistanceModel extends AutoCloseable {
    double distance(RgbImage reference, RgbImage image);

    /** Distances to one fixed reference; an embedding model embeds the reference once instead of per call. */
    default java.util.function.ToDoubleFunction<RgbImage> against(RgbImage reference) {
        return image -> distance(reference, image);
    }

    String name();

    @Override default void close() {}
}
