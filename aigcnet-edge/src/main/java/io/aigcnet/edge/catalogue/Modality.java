package io.aigcnet.edge.catalogue;

/** Output modality of a generative service. */
public enum Modality { TEXT, IMAGE, AUDIO, VIDEO, THREE_D }
