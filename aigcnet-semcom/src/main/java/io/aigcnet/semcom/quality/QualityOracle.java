package io.aigcnet.semcom.quality;

/**
 * The user-side recovery quality as a function of what was delivered: stands in for running the
 * inpainting decoder, DreamSim and NIMA on every allocation (which the RL loop would need thousands of
 * times). {@link SurrogateQualityOracle} is the calibrated default.
 */
public interface QualityOracle {
    /**
     * @param fraction      share of the semantic information S delivered, in [0, 1] (0 = fully masked, the local-AIGC case)
     * @param noiseFraction share of the delivered pixels that DBSCAN would have removed as noise (0 with clustering)
     */
    Quality recovered(double fraction, double noiseFraction, ImageTraits img);

    /** The whole source image delivered (traditional mobile AIGC). */
    Quality fullImage(ImageTraits img);

    /** A name for reports, saying what decides the numbers. */
    String name();
}
