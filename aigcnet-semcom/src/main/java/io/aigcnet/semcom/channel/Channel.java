package io.aigcnet.semcom.channel;

import org.apache.commons.rng.UniformRandomProvider;

/** The OFDMA downlink of G-SemCom: one resource block per user, Shannon capacity with interference. */
public final class Channel {
    private final ChannelConfig cfg;

    public Channel(ChannelConfig cfg) {
        cfg.validate();
        this.cfg = cfg;
    }

    public ChannelConfig config() { return cfg; }

    /** A user's link: distance d (m), Rayleigh power gain γ, capacity c (bit/s), and the latency cap L·c in pixels. */
    public record Link(double distanceM, double fading, double capacityBps, long latencyCapPx) {}

    /** G-SemCom eq. (1): c = W·log2(1 + P·φ/(I_n + W·N_0)), with φ = γ·d^{−2}. */
    public static double capacity(double w, double p, double phi, double interference, double n0) {
        return w * Math.log(1 + p * phi / (interference + w * n0)) / Math.log(2);
    }

    /** Channel gain φ = γ·d^{−2} (path-loss exponent 2, no reference constant, as printed). */
    public static double gain(double fading, double distance) {
        return fading / (distance * distance);
    }

    public Link link(double distanceM, double fading) {
        double c = capacity(cfg.bandwidthHz(), cfg.powerW(), gain(fading, distanceM), cfg.interferenceW(), cfg.noiseWPerHz());
        return new Link(distanceM, fading, c, (long) Math.floor(cfg.latencyS() * c / cfg.bitsPerPixel()));
    }

    /** A user drawn uniformly in the annulus [d_min, R] and a Rayleigh power gain γ = |h|² ~ Exp(1). */
    public Link draw(UniformRandomProvider rng) {
        double r0 = cfg.minDistanceM(), r1 = cfg.radiusM();
        double d = Math.sqrt(r0 * r0 + rng.nextDouble() * (r1 * r1 - r0 * r0));
        double gamma = -Math.log(1 - rng.nextDouble());
        return link(d, Math.max(gamma, 1e-12));
    }
}
