package io.aigcnet.mechanism.contract.survey;

/** The two utilities of the survey's contract (Sec. V-C; JSAC as restated in the survey's sources). */
public final class SharingUtilities {
    private SharingUtilities() {}

    // U_SIP = c_q·Q_s(P_k) − c_p·P_k + c_f
    public static double provider(SharingLink link, SemanticContract c, double power) {
        return c.qosPrice() * link.qos(power) - link.state().powerCost() * power + c.fixed();
    }

    // U_SIR = (c_s − c_q)·Q_s − c_f
    public static double receiver(SharingLink link, SemanticContract c, double power) {
        return (link.state().gainPerQos() - c.qosPrice()) * link.qos(power) - c.fixed();
    }
}
