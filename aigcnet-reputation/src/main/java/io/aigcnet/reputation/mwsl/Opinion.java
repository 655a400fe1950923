package io.aigcnet.reputation.mwsl;

/**
 * A subjective-logic opinion in ProSecutor's notation: s = satisfying (belief), u = unsatisfying
 * (disbelief), c = uncertainty. Local opinions satisfy s + u + c = 1; reference opinions scaled by
 * the client's sensitivity (eq. (10)) need not, so the record does not enforce it.
 */
public record Opinion(double s, double u, double c) {
    /** No information at all: the identity of fusion (11). */
    public static final Opinion VACUOUS = new Opinion(0, 0, 1);

    public Opinion {
        if (!Double.isFinite(s) || !Double.isFinite(u) || !Double.isFinite(c) || s < 0 || u < 0 || c < 0) {
            throw new IllegalArgumentException("opinion components must be finite and >= 0, got (" + s + ", " + u + ", " + c + ")");
        }
    }

    public double sum() {
        return s + u + c;
    }
}
