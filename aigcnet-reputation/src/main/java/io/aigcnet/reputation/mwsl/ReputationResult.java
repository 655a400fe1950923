package io.aigcnet.reputation.mwsl;

/** The outcome of one reputation query of client i for MASP j: eqs. (7), (10), (11) and (12). */
public record ReputationResult(Opinion local, Opinion reference, Opinion fused, double reputation) {
    /** Combines a local and a reference opinion by eqs. (11) and (12). */
    public static ReputationResult of(Opinion local, Opinion reference, double uncertaintyWeight) {
        Opinion fused = SubjectiveLogic.fuse(local, reference);
        return new ReputationResult(local, reference, fused, SubjectiveLogic.reputation(fused, uncertaintyWeight));
    }
}
