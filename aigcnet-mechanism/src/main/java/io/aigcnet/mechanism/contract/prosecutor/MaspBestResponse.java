package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.mechanism.contract.search.GridRefine;

/**
 * The IC constraint of ProSecutor eq. (16) as an inner argmax: {c̄*, F_e*} = argmax U_SP. 𝒯_q is constant
 * inside a fee class, so the only fees worth paying are the Z class floors; for each, U_SP is concave in c̄
 * (OS²A_O = c̄/(𝒟_t + c̄·K) is concave, the cost linear) and a c̄ grid plus golden-section refinement finds its
 * maximum. Ties go to the cheaper class.
 */
public final class MaspBestResponse {
    private static final double REFINE_TOL = 1e-9;

    private MaspBestResponse() {}

    /** The best response and its utility. */
    public record Response(MaspAction action, double os2a, double utility) {}

    public static Response of(PaymentModel m, PaymentContract c) {
        ProsecutorParams p = m.params();
        Response best = null;
        for (int z = 0; z < m.feeClasses(); z++) {
            final int cls = z;
            double fee = m.classFloor(z);
            GridRefine.Max max = GridRefine.maximise(cbar -> m.maspUtility(c, cbar, fee, m.os2a(cbar, cls)), p.computeMin(),
                    p.computeMax(), p.responseGrid(), REFINE_TOL * (p.computeMax() - p.computeMin()));
            if (best == null || max.value() > best.utility())
                best = new Response(new MaspAction(max.x(), fee), m.os2a(max.x(), cls), max.value());
        }
        return best;
    }
}
