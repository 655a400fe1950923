package io.aigcnet.reputation.mwsl;

/** Local opinion, fusion and reputation: the per-client steps of MWSL. */
public final class SubjectiveLogic {
    private SubjectiveLogic() {}

    // ProSecutor eq. (7): c = 1/(p+n), s = (1−c)·p/(p+n), u = (1−c)·n/(p+n); vacuous (0,0,1) when p+n = 0
    public static Opinion localOpinion(long positive, long negative) {
        if (positive < 0 || negative < 0) {
            throw new IllegalArgumentException("judgment counts must be >= 0, got p=" + positive + ", n=" + negative);
        }
        long total = positive + negative;
        if (total == 0) {
            return Opinion.VACUOUS;
        }
        double c = 1.0 / total;
        return new Opinion((1 - c) * positive / total, (1 - c) * negative / total, c);
    }

    // ProSecutor eq. (11): D = c_loc + c_ref − c_loc·c_ref; s = (s_loc·c_ref + s_ref·c_loc)/D, u likewise, c = c_ref·c_loc/D
    public static Opinion fuse(Opinion local, Opinion reference) {
        double d = local.c() + reference.c() - local.c() * reference.c();
        if (d == 0) {
            // both opinions dogmatic (c = 0): the limit of cumulative fusion is their average
            return new Opinion((local.s() + reference.s()) / 2, (local.u() + reference.u()) / 2, 0);
        }
        return new Opinion(
                (local.s() * reference.c() + reference.s() * local.c()) / d,
                (local.u() * reference.c() + reference.u() * local.c()) / d,
                reference.c() * local.c() / d);
    }

    // ProSecutor eq. (12): 𝓡_ij = s_fin + γ·c_fin
    public static double reputation(Opinion fused, double uncertaintyWeight) {
        return fused.s() + uncertaintyWeight * fused.c();
    }
}
