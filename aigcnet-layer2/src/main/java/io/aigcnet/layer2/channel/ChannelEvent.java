package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.Hash;

/** What the contract reports after executing a {@link ChannelTx} or reaching a deadline. */
public sealed interface ChannelEvent {
    Hash channelId();

    /** The establish tx was executed; {@code genesis} is 𝒮_0 with both signatures, as the contract checked it. */
    record Opened(Hash channelId, long atNanos, SignedState genesis) implements ChannelEvent {
    }

    /** A close or challenge was accepted; {@code bestSeq} is the highest seq seen so far. */
    record CloseSubmitted(Hash channelId, long bestSeq, long challengeDeadlineNanos) implements ChannelEvent {
    }

    /**
     * The channel is settled on its final state: the client paid {@code paid} = Σ f_i to the MASP, got
     * {@code refunded} back, and is registered as the owner of the {@code transfers} outputs committed to by
     * {@code ownershipRoot} (a {@link TransferCommitment} root; each output is proven with a Merkle path).
     */
    record Settled(Hash channelId, long finalSeq, long paid, long refunded, long transfers, Hash ownershipRoot,
                   boolean pendingSwapExecuted) implements ChannelEvent {
    }

    record Rejected(Hash channelId, String reason) implements ChannelEvent {
    }
}
