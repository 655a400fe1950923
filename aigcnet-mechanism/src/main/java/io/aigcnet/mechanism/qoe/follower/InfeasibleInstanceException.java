package io.aigcnet.mechanism.qoe.follower;

/** C1 (every deadline met) and C2 (capacities) cannot hold together; the message names the entry. */
public final class InfeasibleInstanceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InfeasibleInstanceException(String message) {
        super(message);
    }
}
