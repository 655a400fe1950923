package io.aigcnet.edge.service;

/**
 * Proof of service: who served which request where, the steps used, the price (minor units), and when
 * it was submitted and delivered (seconds of simulated time).
 */
public record Receipt(long requestId, int user, String provider, String placement, double steps, long price, double submittedS,
                      double deliveredS) {
    public double latencyS() { return deliveredS - submittedS; }
}
