package io.aigcnet.mechanism.qoe.model;

/**
 * An AIGC service provider (seed 003 Sec. III): latency threshold κ (ms), unit costs of compute
 * c^f (per TFLOPS) and bandwidth c^B (per MHz), and capacities f^max (TFLOPS), B^max (MHz). The
 * per-token coefficient ξ only enters through the workload A, so it lives in {@link PhysicalAsp}.
 */
public record Asp(double kappa, double costF, double costB, double fMax, double bMax) {

    public Asp {
        positive("kappa_ms", kappa);
        positive("cf", costF);
        positive("cB", costB);
        positive("f_max", fMax);
        positive("B_max", bMax);
    }

    public Asp withKappa(double newKappa) {
        return new Asp(newKappa, costF, costB, fMax, bMax);
    }

    static void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a positive finite number, got " + v);
        }
    }
}
