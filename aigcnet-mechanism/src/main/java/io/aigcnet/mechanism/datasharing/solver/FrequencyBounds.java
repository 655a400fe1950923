package io.aigcnet.mechanism.datasharing.solver;

/**
 * Allowed update frequencies [fMin, fMax]. fMax = 1 is a cycle of one slot; fMin &gt; 0 keeps the
 * cycle finite and the QoD defined (its log argument falls like -alpha t / (2f) as f goes to 0).
 */
public record FrequencyBounds(double fMin, double fMax) {

    /** f in [0.001, 1]: cycles of 1 to 1000 slots (spec §3.2 suggestion). */
    public static final FrequencyBounds DEFAULT = new FrequencyBounds(1e-3, 1.0);

    public FrequencyBounds {
        if (!(fMin > 0) || !(fMax <= 1) || !(fMin <= fMax))
            throw new IllegalArgumentException("frequency bounds need 0 < fMin <= fMax <= 1, got [" + fMin + ", " + fMax + "]");
    }
}
