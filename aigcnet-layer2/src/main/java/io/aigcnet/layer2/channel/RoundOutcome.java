package io.aigcnet.layer2.channel;

/**
 * How one party saw one round end.
 *
 * @param completed     the party holds the double-signed completed state (or, for the client, enforced it on chain)
 * @param committedOnChain the client revealed R but got no claim and closed the channel with (lock state, R)
 * @param latencyNanos  from the round's first message to its end at this party
 */
public record RoundOutcome(Role role, long round, Transfer transfer, boolean completed, boolean committedOnChain,
                           String reason, long latencyNanos) {
    public enum Role { CLIENT, MASP }
}
