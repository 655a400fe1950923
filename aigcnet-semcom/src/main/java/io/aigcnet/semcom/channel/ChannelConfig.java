package io.aigcnet.semcom.channel;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;

/**
 * Constants of G-SemCom's downlink (eq. (1)), none of which the paper gives: resource-block bandwidth
 * W, MASP power P, noise density N_0, interference I_n, users uniform in a disc (radius, minimum
 * distance), Rayleigh power gain γ ~ Exp(1), latency limit L (Table III: 5 s; Fig. 16a: 2 s) and the
 * bits per transmitted pixel that turn L·c into a pixel cap (24: 8-bit RGB, mask overhead ignored).
 * W = 15 kHz makes the latency cap comparable to |S| (about 112k–148k pixels in 5 s at mean fading).
 */
public record ChannelConfig(double bandwidthHz, double powerW, double noiseDbmPerHz, double interferenceW,
                            double radiusM, double minDistanceM, double latencyS, int bitsPerPixel) implements Validated {

    public static ChannelConfig defaults() {
        return new ChannelConfig(15e3, 1.0, -174, 0, 500, 10, 5.0, 24);
    }

    public ChannelConfig withLatency(double l) {
        return new ChannelConfig(bandwidthHz, powerW, noiseDbmPerHz, interferenceW, radiusM, minDistanceM, l, bitsPerPixel);
    }

    @Override
    public void validate() {
        Checks.positive("bandwidth_hz", bandwidthHz);
        Checks.positive("power_w", powerW);
        Checks.range("noise_dbm_per_hz", noiseDbmPerHz, -250, 0);
        Checks.range("interference_w", interferenceW, 0, 1e3);
        Checks.positive("min_distance_m", minDistanceM);
        Checks.range("radius_m", radiusM, minDistanceM, 1e6);
        Checks.positive("latency_s", latencyS);
        Checks.range("bits_per_pixel", bitsPerPixel, 1, 64);
    }

    /** N_0 in W/Hz. */
    public double noiseWPerHz() {
        return Math.pow(10, noiseDbmPerHz / 10) / 1000;
    }
}
