package io.aigcnet.layer2.service;

/**
 * A payment contract {μ_s, F_s} of ProSecutor §VI-B. Implementations decide F_s's form; contract
 * optimisation (eqs. (14)–(16)) is separate work that plugs in here.
 */
public interface ServiceContract {
    /** F_s(D_t): the fixed reward for a task of difficulty {@code difficulty}, minor units. */
    double basicFee(double difficulty);

    /** μ_s: bonus per unit of OS²A, minor units. */
    double bonusRate();

    /** ProSecutor eq. (13): I_M = F_s(D_t) + μ_s·OS²A, rounded half-up to whole minor units. */
    default long serviceFee(double difficulty, double os2a) {
        if (!(os2a >= 0 && os2a <= 1) || !(difficulty >= 0) || Double.isInfinite(difficulty)) {
            throw new IllegalArgumentException("need difficulty >= 0 (finite) and OS²A in [0, 1], got "
                    + difficulty + ", " + os2a);
        }
        return Math.round(basicFee(difficulty) + bonusRate() * os2a);
    }
}
