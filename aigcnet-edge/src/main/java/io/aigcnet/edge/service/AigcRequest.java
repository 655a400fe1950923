package io.aigcnet.edge.service;

/**
 * One request. {@code inputMbit} is the optional input (0 for none); {@code minQuality} and
 * {@code maxLatencyS} are the requirements; {@code budget} is in minor currency units.
 */
public record AigcRequest(long id, int user, String prompt, String modelId, double inputMbit, double minQuality, double maxLatencyS,
                          long budget) {}
