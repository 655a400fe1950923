package io.aigcnet.mechanism.qoe.model;

/**
 * A provider in physical form: the workload-form {@link Asp} plus ξ, the compute needed per
 * token-context unit and nat of accuracy cost (TFLOP), which turns demands into the workload A.
 */
public record PhysicalAsp(Asp asp, double xi) {

    public PhysicalAsp {
        if (asp == null) {
            throw new IllegalArgumentException("asp is required");
        }
        Asp.positive("xi", xi);
    }
}
