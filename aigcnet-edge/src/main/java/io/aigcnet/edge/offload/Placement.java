package io.aigcnet.edge.offload;

/** Where a request is processed. */
public enum Placement { LOCAL, EDGE, CLOUD }
