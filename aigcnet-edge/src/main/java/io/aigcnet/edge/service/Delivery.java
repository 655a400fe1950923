package io.aigcnet.edge.service;

/**
 * Sends generated content to the user and says how long it took. The built-in {@link DirectDelivery}
 * sends every bit; G-SemCom's semantic delivery plugs in here.
 */
public interface Delivery {
    double deliverS(ContentDescriptor content, double downlinkMbps);
}
