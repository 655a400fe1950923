package io.aigcnet.semcom.quality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Per-image draws of the surrogate oracle (fixed for an image across budgets): NIMA offset and DreamSim jitter. */
public record ImageTraits(double nimaOffset, double dreamSimFactor) {
    public static final ImageTraits NEUTRAL = new ImageTraits(0, 1);

    public static ImageTraits draw(UniformRandomProvider rng, double nimaSd, double dreamSimLogSd) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        return new ImageTraits(nimaSd * g.sample(), Math.exp(dreamSimLogSd * g.sample()));
    }
}
