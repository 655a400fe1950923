package io.aigcnet.layer2.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A stand-in diffusion generator whose cost and quality depend on the number of denoising steps:
 * compute time = {@code overheadS + perStepS·steps} (linear, as each step is one U-Net pass) and quality
 * = 1 − exp(−steps/τ) plus bounded noise (diminishing returns of more steps), clipped to [0, 1]. The
 * output is {@code outputBytes} deterministic bytes derived from the prompt, steps and the random source.
 */
public final class SimulatedDiffusionBackend implements AigcBackend {
    private final UniformRandomProvider rng;
    private final double overheadS;
    private final double perStepS;
    private final double tau;
    private final double noise;
    private final int outputBytes;

    public SimulatedDiffusionBackend(UniformRandomProvider rng, double overheadS, double perStepS, double tau, double noise,
                                     int outputBytes) {
        if (overheadS < 0 || perStepS < 0 || !(tau > 0) || noise < 0 || outputBytes < 1) {
            throw new IllegalArgumentException("need overhead, per-step cost, noise >= 0, tau > 0, outputBytes >= 1");
        }
        this.rng = rng;
        this.overheadS = overheadS;
        this.perStepS = perStepS;
        this.tau = tau;
        this.noise = noise;
        this.outputBytes = outputBytes;
    }

    /** A laptop-GPU-like default: 0.5 s overhead, 0.25 s per step, τ = 15 steps, ±0.05 noise, 512 KiB images. */
    public static SimulatedDiffusionBackend defaults(UniformRandomProvider rng) {
        return new SimulatedDiffusionBackend(rng, 0.5, 0.25, 15, 0.05, 512 * 1024);
    }

    /** Expected quality at {@code steps}: 1 − exp(−steps/τ). */
    public double expectedQuality(int steps) {
        return 1 - Math.exp(-steps / tau);
    }

    @Override
    public Generation generate(String prompt, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        double q = expectedQuality(steps) + noise * (2 * rng.nextDouble() - 1);
        byte[] out = new byte[outputBytes];
        rng.nextBytes(out);
        byte[] tag = (prompt + "|" + steps).getBytes(StandardCharsets.UTF_8);
        ByteBuffer.wrap(out).put(tag, 0, Math.min(tag.length, out.length));
        return new Generation(out, overheadS + perStepS * steps, Math.max(0, Math.min(1, q)));
    }
}
