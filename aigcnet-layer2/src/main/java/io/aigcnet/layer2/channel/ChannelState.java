package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A channel state 𝒮 = [balance, ownership] (ProSecutor §IV-A-6), numbered by {@code seq}, in constant size:
 * the balance is {@code deposit − paid}, and the ownership set {H(P_1)…H(P_n)} is held as a
 * {@link TransferCommitment} to the completed transfers (H(P_i), f_i) rather than as a list, so a state
 * (and a close carrying it) does not grow with the channel's life. Fee and ownership move together: the
 * only way to a new completed state is {@link #complete}, which adds the pending swap's fee to
 * {@code paid} and its (H(P), f) to the commitment in one step, and each party signs a new state only
 * after rebuilding it that way from the state both signed before. A state may carry one
 * {@link PendingSwap} (the locked but not yet completed round). Every party signs states with strictly
 * increasing {@code seq}, so at most one double-signed state exists per seq.
 */
public record ChannelState(Hash channelId, long seq, long deposit, long paid, TransferCommitment transfers,
                           Optional<PendingSwap> pending) implements Encodable {
    private static final byte[] DOMAIN = "aigcnet/channel-state/v2".getBytes(StandardCharsets.US_ASCII);

    public ChannelState {
        if (seq < 0 || deposit < 0 || paid < 0) {
            throw new IllegalArgumentException("channel state seq, deposit and paid must be >= 0");
        }
        if (paid < transfers.count()) {
            // every fee is at least one minor unit
            throw new IllegalArgumentException("channel state pays " + paid + " for " + transfers.count() + " transfers");
        }
        long locked = pending.map(p -> p.transfer().fee()).orElse(0L);
        if (Math.addExact(paid, locked) > deposit) {
            throw new IllegalArgumentException("channel state pays " + paid + " + locks " + locked
                    + " > deposit " + deposit);
        }
    }

    /** 𝒮_0 := [balance: f, ownership: {}]. */
    public static ChannelState genesis(Hash channelId, long deposit) {
        return new ChannelState(channelId, 0, deposit, 0, TransferCommitment.EMPTY, Optional.empty());
    }

    /** The client's remaining balance f − Σ f_i. */
    public long balance() {
        return Math.subtractExact(deposit, paid);
    }

    /** Completed transfers n (the size of the ownership set). */
    public long transferCount() {
        return transfers.count();
    }

    /** Merkle root of the completed transfers' leaves: what settlement registers as the client's ownership. */
    public Hash ownershipRoot() {
        return transfers.root();
    }

    public boolean isLock() {
        return pending.isPresent();
    }

    /** Lock state L_t: same transfers, plus the pending swap, at {@code newSeq}. */
    public ChannelState lock(long newSeq, PendingSwap swap) {
        if (pending.isPresent()) {
            throw new IllegalStateException("state " + seq + " already has a pending swap");
        }
        return new ChannelState(channelId, newSeq, deposit, paid, transfers, Optional.of(swap));
    }

    /** Completed state S_t: the pending swap executed (fee paid and output owned together), at {@code newSeq}. */
    public ChannelState complete(long newSeq) {
        PendingSwap p = pending.orElseThrow(() -> new IllegalStateException("state " + seq + " has no pending swap"));
        return new ChannelState(channelId, newSeq, deposit, Math.addExact(paid, p.transfer().fee()),
                transfers.append(p.transfer()), Optional.empty());
    }

    /** The base completed state a lock state was built on (pending refunded), same seq. */
    public ChannelState withoutPending() {
        return new ChannelState(channelId, seq, deposit, paid, transfers, Optional.empty());
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.raw(DOMAIN).hash(channelId).i64(seq).i64(deposit).i64(paid).write(transfers);
        out.bool(pending.isPresent());
        pending.ifPresent(out::write);
    }

    /** What both parties sign: SHA-256 of the canonical encoding. */
    public Hash digest() {
        return Sha256.hash(encode());
    }

    public static ChannelState decode(ByteReader in) throws DecodeException {
        byte[] domain = in.raw("state.domain", DOMAIN.length);
        if (!java.util.Arrays.equals(domain, DOMAIN)) {
            throw new DecodeException("state.domain", "not a channel state");
        }
        Hash id = in.hash("state.channelId");
        long seq = in.u63("state.seq");
        long deposit = in.u63("state.deposit");
        long paid = in.u63("state.paid");
        TransferCommitment ts = TransferCommitment.decode(in);
        Optional<PendingSwap> p = in.bool("state.hasPending") ? Optional.of(PendingSwap.decode(in)) : Optional.empty();
        try {
            return new ChannelState(id, seq, deposit, paid, ts, p);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new DecodeException("state", e.getMessage());
        }
    }
}
