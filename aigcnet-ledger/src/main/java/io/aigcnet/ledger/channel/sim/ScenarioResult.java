package io.aigcnet.ledger.channel.sim;

import io.aigcnet.ledger.channel.ChannelEvent;
import io.aigcnet.ledger.channel.RoundOutcome;
import io.aigcnet.ledger.crypto.Hash;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything observable after a scenario: both parties' views of each round, the settlement, the
 * on-chain balances before and after, and the ownership registry restricted to the offered outputs.
 */
public record ScenarioResult(List<RoundOutcome> clientRounds, List<RoundOutcome> maspRounds,
                             ChannelEvent.Settled settlement, long supplyBefore, long supplyAfter,
                             long clientBefore, long clientAfter, long maspBefore, long maspAfter,
                             long feesCollected, Map<Hash, Long> offeredFees, Set<Hash> ownedByClient,
                             long endNanos) {
    public ScenarioResult {
        clientRounds = List.copyOf(clientRounds);
        maspRounds = List.copyOf(maspRounds);
        offeredFees = Map.copyOf(offeredFees);
        ownedByClient = Set.copyOf(ownedByClient);
    }

    /** Σ fees of the outputs the client owns on chain: what the client must have paid, no more, no less. */
    public long feesOfOwnedOutputs() {
        return ownedByClient.stream().mapToLong(offeredFees::get).sum();
    }
}
