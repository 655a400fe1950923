package io.aigcnet.semcom.quality;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;

/**
 * The weights of JPSQ and the utility (G-SemCom Table III): ω0 = 1.25, ω1 = 500, ω2 = 0.05,
 * Q_th = 4.9827, t_max = 1 (not reported; 1 matches the paper's "1 − D = similarity" reading), and the
 * unit of b inside ω2·b (the paper's units do not balance; kilo-pixels make Fig. 14's numbers agree).
 */
public record JpsqParams(double omega0, double omega1, double omega2, double qTh, double tMax, double penaltyUnitPixels)
        implements Validated {

    public static JpsqParams paper() { return new JpsqParams(1.25, 500, 0.05, 4.9827, 1.0, 1000); }

    /** Fig. 16(b)'s weights ω = (1, 200, 0.2). */
    public JpsqParams withOmegas(double o0, double o1, double o2) { return new JpsqParams(o0, o1, o2, qTh, tMax, penaltyUnitPixels); }

    @Override
    public void validate() {
        Checks.positive("omega0", omega0);
        Checks.range("omega1", omega1, 0, 1e9);
        Checks.range("omega2", omega2, 0, 1e9);
        Checks.positive("q_th", qTh);
        Checks.positive("t_max", tMax);
        Checks.positive("penalty_unit_pixels", penaltyUnitPixels);
    }

    /**
     * One user's term of G-SemCom eq. (19): ω1·𝒥·H(Q ≥ Q_th) − ω2·b/unit, with b in pixels.
     */
    public double utility(Quality q, double pixels) {
        double j = Jpsq.jpsq(q.dreamSim(), q.nima(), omega0, qTh, tMax);
        double step = q.nima() >= qTh ? 1 : 0;
        return omega1 * j * step - omega2 * pixels / penaltyUnitPixels;
    }
}
