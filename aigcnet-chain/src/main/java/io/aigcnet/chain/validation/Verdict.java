package io.aigcnet.chain.validation;

/** Outcome of a rule: {@link #OK}, or a reason and a human-readable detail. */
public record Verdict(Reason reason, String detail) {
    public static final Verdict OK = new Verdict(Reason.OK, "");

    public static Verdict reject(Reason reason, String detail) {
        if (reason == Reason.OK) {
            throw new IllegalArgumentException("a rejection needs a reason other than OK");
        }
        return new Verdict(reason, detail);
    }

    public boolean ok() {
        return reason == Reason.OK;
    }
}
