package io.aigcnet.layer2.channel;

/** Outcome of a protocol rule: valid, or invalid with a reason a person can read. */
public record Verdict(boolean valid, String reason) {
    public static final Verdict OK = new Verdict(true, "ok");

    public static Verdict invalid(String reason) {
        return new Verdict(false, reason);
    }
}
