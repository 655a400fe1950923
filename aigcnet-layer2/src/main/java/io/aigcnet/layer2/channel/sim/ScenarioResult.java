package io.aigcnet.layer2.channel.sim;

import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.chain.crypto.Hash;
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
                             Map<Hash, Long> transferLatencyNanos, Map<Hash, Long> abortLatencyNanos, long endNanos) {
    public ScenarioResult {
        clientRounds = List.copyOf(clientRounds);
        maspRounds = List.copyOf(maspRounds);
        offeredFees = Map.copyOf(offeredFees);
        ownedByClient = Set.copyOf(ownedByClient);
        transferLatencyNanos = Map.copyOf(transferLatencyNanos);
        abortLatencyNanos = Map.copyOf(abortLatencyNanos);
    }

    /**
     * Audits every offered transfer: it is atomic if the money moved exactly for the owned outputs (for
     * both parties), a transfer the client or MASP saw complete is owned, and a transfer the client
     * abandoned after every attempt rolled back is not owned. Returns {transfers, atomic transfers}.
     */
    public long[] atomicity(long establishFee) {
        long owed = feesOfOwnedOutputs();
        boolean money = settlement != null && supplyAfter == supplyBefore && clientBefore - clientAfter == owed
                && maspAfter - maspBefore == owed - establishFee && settlement.paid() == owed
                && settlement.transfers() == ownedByClient.size(); // registered = what the client proves it owns
        java.util.Set<Hash> clientDone = new java.util.HashSet<>();
        java.util.Set<Hash> maspDone = new java.util.HashSet<>();
        java.util.Set<Hash> clientTried = new java.util.HashSet<>();
        for (io.aigcnet.layer2.channel.RoundOutcome o : clientRounds) {
            clientTried.add(o.transfer().outputKey());
            if (o.completed() && !o.committedOnChain()) {
                clientDone.add(o.transfer().outputKey());
            }
        }
        for (io.aigcnet.layer2.channel.RoundOutcome o : maspRounds) {
            if (o.completed()) {
                maspDone.add(o.transfer().outputKey());
            }
        }
        boolean anyEnforced = clientRounds.stream().anyMatch(io.aigcnet.layer2.channel.RoundOutcome::committedOnChain);
        long atomic = 0;
        for (Hash k : offeredFees.keySet()) {
            boolean owned = ownedByClient.contains(k);
            boolean ok = money && (!clientDone.contains(k) || owned) && (!maspDone.contains(k) || owned);
            boolean abandoned = clientTried.contains(k) && !clientDone.contains(k) && !maspDone.contains(k) && !anyEnforced;
            ok &= !(abandoned && owned);
            if (ok) {
                atomic++;
            }
        }
        return new long[] {offeredFees.size(), atomic};
    }

    /** Σ fees of the outputs the client owns on chain: what the client must have paid, no more, no less. */
    public long feesOfOwnedOutputs() {
        return ownedByClient.stream().mapToLong(offeredFees::get).sum();
    }
}
