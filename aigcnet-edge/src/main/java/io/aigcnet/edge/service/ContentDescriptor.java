package io.aigcnet.edge.service;

/** What was generated: by which model, its modality, the quality reached, its size, and who produced it. */
public record ContentDescriptor(long requestId, String modelId, String modality, double quality, double sizeMbit, String producer) {}
