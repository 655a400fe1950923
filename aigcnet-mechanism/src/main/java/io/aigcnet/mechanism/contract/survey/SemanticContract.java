package io.aigcnet.mechanism.contract.survey;

/**
 * The contract {c_q, c_f} offered by the SIR.
 *
 * @param qosPrice c_q, payment per unit Q_s
 * @param fixed    c_f, fixed payment for semantic-decoding compute
 */
public record SemanticContract(double qosPrice, double fixed) {
    public double[] toVector() {
        return new double[] {qosPrice, fixed};
    }
}
