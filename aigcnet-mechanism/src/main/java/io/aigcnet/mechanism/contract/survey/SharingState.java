package io.aigcnet.mechanism.contract.survey;

import io.aigcnet.mechanism.contract.StateCsv;
import java.util.List;
import java.util.Locale;

/**
 * The survey's 13-component environment state e = {c_s, c_p, D_jk, β_k, α, μ, σ_N², σ_S², v_k, P_I, η_k, N, P_j}.
 *
 * @param gainPerQos         c_s, the SIR's gain per unit Q_s (computation saved by matching)
 * @param powerCost          c_p, the SIP's cost per watt of transmit power
 * @param distance           D_jk, SIP–SIR distance (m)
 * @param pathLossExponent   β_k
 * @param fadingAlpha        α of the α-μ small-scale fading
 * @param fadingMu           μ of the α-μ fading (clusters)
 * @param noisePower         σ_N² (W)
 * @param selfInterference   σ_S², variance of the SIR's self-interference channel
 * @param residualFactor     v_k, residual self-interference factor of full duplex
 * @param interferencePower  P_I, co-channel interference power per path (W)
 * @param modulation         η_k, the modulation constant of the BEP ½·erfc(√(η·γ)) (1 = BPSK; undefined in the sources)
 * @param interferencePaths  N, number of interference paths (an integer >= 0)
 * @param receiverPower      P_j, the SIR's own transmit power in full duplex (W)
 */
public record SharingState(double gainPerQos, double powerCost, double distance, double pathLossExponent, double fadingAlpha,
                           double fadingMu, double noisePower, double selfInterference, double residualFactor,
                           double interferencePower, double modulation, double interferencePaths, double receiverPower) {

    public static final List<String> NAMES = List.of("c_s", "c_p", "D", "beta", "alpha", "mu", "sigma_N2", "sigma_S2", "v",
            "P_I", "eta", "N", "P_j");

    public SharingState {
        nonNegative("c_s (gain per unit QoS)", gainPerQos);
        nonNegative("c_p (cost per watt)", powerCost);
        positive("D (distance, m)", distance);
        positive("beta (path-loss exponent)", pathLossExponent);
        positive("alpha (fading)", fadingAlpha);
        if (!(fadingMu >= 0.5) || Double.isInfinite(fadingMu)) throw bad("mu (fading)", fadingMu, "a finite number >= 0.5");
        positive("sigma_N2 (noise power, W)", noisePower);
        nonNegative("sigma_S2 (self-interference variance)", selfInterference);
        if (!(residualFactor >= 0 && residualFactor <= 1)) throw bad("v (residual self-interference)", residualFactor, "in [0, 1]");
        nonNegative("P_I (interference power, W)", interferencePower);
        positive("eta (modulation constant)", modulation);
        if (!(interferencePaths >= 0) || Double.isInfinite(interferencePaths) || interferencePaths != Math.rint(interferencePaths))
            throw bad("N (interference paths)", interferencePaths, "an integer >= 0");
        nonNegative("P_j (receiver power, W)", receiverPower);
    }

    public static SharingState of(double[] e) {
        if (e == null || e.length != NAMES.size())
            throw new IllegalArgumentException("the survey state needs 13 values " + NAMES + ", got " + (e == null ? 0 : e.length));
        return new SharingState(e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9], e[10], e[11], e[12]);
    }

    public static SharingState parse(String csv) {
        return of(StateCsv.values(csv, NAMES));
    }

    public double[] toVector() {
        return new double[] {gainPerQos, powerCost, distance, pathLossExponent, fadingAlpha, fadingMu, noisePower, selfInterference,
                residualFactor, interferencePower, modulation, interferencePaths, receiverPower};
    }

    /** The fixed state of Fig. 13(b) (docs/decisions.md: the paper's is not published). */
    public static SharingState reference() {
        return new SharingState(400, 100, 20, 3, 2, 1, 1e-9, 1e-3, 1e-3, 1e-7, 1, 3, 0.2);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw bad(name, v, "a finite number > 0");
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw bad(name, v, "a finite number >= 0");
    }

    private static IllegalArgumentException bad(String name, double v, String allowed) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s = %s must be %s", name, v, allowed));
    }
}
