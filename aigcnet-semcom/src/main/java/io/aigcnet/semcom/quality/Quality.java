package io.aigcnet.semcom.quality;

/** What the user sees: DreamSim distance D to the source image and the NIMA mean Q of the recovered image. */
public record Quality(double dreamSim, double nima) {}
