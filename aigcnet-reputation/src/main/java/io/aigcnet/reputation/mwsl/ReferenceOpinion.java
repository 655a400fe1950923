package io.aigcnet.reputation.mwsl;

/**
 * The reference opinion of eq. (10): the weight-averaged local opinions of the other clients,
 * with satisfying scaled by (1 − θ_i) and unsatisfying by θ_i (θ_i = the querying client's
 * sensitivity), exactly as printed. Accumulates in O(1) per contributing opinion.
 */
public final class ReferenceOpinion {
    private double sumWeight;
    private double sumS;
    private double sumU;
    private double sumC;

    /** Adds client k's local opinion with weight ‖μ_Ω ⊙ Ω_kj‖₂. */
    public void add(double weight, Opinion local) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("opinion weight must be finite and >= 0, got " + weight);
        }
        sumWeight += weight;
        sumS += weight * local.s();
        sumU += weight * local.u();
        sumC += weight * local.c();
    }

    public Opinion result(double sensitivity) {
        return fromWeightedSums(sumWeight, sumS, sumU, sumC, sensitivity);
    }

    // ProSecutor eq. (10): s_ref = (1−θ_i)·Σw·s/Σw, u_ref = θ_i·Σw·u/Σw, c_ref = Σw·c/Σw; vacuous when Σw = 0
    public static Opinion fromWeightedSums(double sumWeight, double sumWs, double sumWu, double sumWc, double sensitivity) {
        if (!(sensitivity >= 0 && sensitivity <= 1)) {
            throw new IllegalArgumentException("sensitivity must be in [0, 1], got " + sensitivity);
        }
        if (!(sumWeight > 0)) {
            return Opinion.VACUOUS;
        }
        return new Opinion((1 - sensitivity) * sumWs / sumWeight, sensitivity * sumWu / sumWeight, sumWc / sumWeight);
    }

    /** Eq. (10) over explicit arrays of weights and local opinions. */
    public static Opinion of(double[] weights, Opinion[] locals, double sensitivity) {
        if (weights.length != locals.length) {
            throw new IllegalArgumentException("weights and opinions need equal lengths, got " + weights.length + " and " + locals.length);
        }
        ReferenceOpinion acc = new ReferenceOpinion();
        for (int k = 0; k < weights.length; k++) {
            acc.add(weights[k], locals[k]);
        }
        return acc.result(sensitivity);
    }
}
