package io.aigcnet.mechanism.contract.survey;

import io.aigcnet.mechanism.contract.search.GridRefine;

/**
 * The IC constraint as the SIP's inner argmax P_k* = argmax over [0, P_max] of c_q·Q_s(P) − c_p·P (c_f does not
 * move it). Q_s need not be concave (the BEP term is S-shaped in P), so a grid finds the best mode and golden
 * section refines it.
 */
public final class SipBestResponse {
    private SipBestResponse() {}

    public record Response(double power, double qos, double utility) {}

    public static Response of(SharingLink link, SemanticContract c) {
        SurveyParams p = link.params();
        GridRefine.Max m = GridRefine.maximise(pk -> SharingUtilities.provider(link, c, pk), 0, p.powerMax(), p.responseGrid(),
                1e-10 * p.powerMax());
        return new Response(m.x(), link.qos(m.x()), m.value());
    }
}
