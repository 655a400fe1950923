package io.aigcnet.semcom.metric;

import io.aigcnet.semcom.pixel.RgbImage;

/** A no-reference aesthetic model with NIMA's output: a distribution over the scores 1..10. */
public interface AestheticModel extends AutoCloseable {
    NimaScore score(RgbImage image);

    String name();

    @Override default void close() {}
}
