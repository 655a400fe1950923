package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A channel state 𝒮 = [balance, ownership] (ProSecutor §IV-A-6), numbered by {@code seq}. The balance
 * is not stored: it is {@code deposit − Σ f_i} over {@code transfers}, and the ownership set is the
 * {@code outputKey}s of the same list, so a state cannot pay a fee without granting the matching
 * ownership. A state may carry one {@link PendingSwap} (the locked but not yet completed round).
 * Every party signs states with strictly increasing {@code seq}, so at most one double-signed state
 * exists per seq.
 */
public record ChannelState(Hash channelId, long seq, long deposit, List<Transfer> transfers,
                           Optional<PendingSwap> pending) implements Encodable {
    /** Longest transfer list a decoder accepts (bounds memory on untrusted input). */
    public static final int MAX_TRANSFERS = 100_000;
    private static final byte[] DOMAIN = "aigcnet/channel-state/v1".getBytes(StandardCharsets.US_ASCII);

    public ChannelState {
        transfers = List.copyOf(transfers);
        if (seq < 0 || deposit < 0) {
            throw new IllegalArgumentException("channel state seq and deposit must be >= 0");
        }
        long paid = 0;
        for (Transfer t : transfers) {
            paid = Math.addExact(paid, t.fee());
        }
        long locked = pending.map(p -> p.transfer().fee()).orElse(0L);
        if (Math.addExact(paid, locked) > deposit) {
            throw new IllegalArgumentException("channel state pays " + paid + " + locks " + locked
                    + " > deposit " + deposit);
        }
    }

    /** 𝒮_0 := [balance: f, ownership: {}]. */
    public static ChannelState genesis(Hash channelId, long deposit) {
        return new ChannelState(channelId, 0, deposit, List.of(), Optional.empty());
    }

    /** Σ f_i over completed transfers. */
    public long paid() {
        long p = 0;
        for (Transfer t : transfers) {
            p = Math.addExact(p, t.fee());
        }
        return p;
    }

    /** The client's remaining balance f − Σ f_i. */
    public long balance() {
        return Math.subtractExact(deposit, paid());
    }

    public boolean isLock() {
        return pending.isPresent();
    }

    /** Lock state L_t: same transfers, plus the pending swap, at {@code newSeq}. */
    public ChannelState lock(long newSeq, PendingSwap swap) {
        if (pending.isPresent()) {
            throw new IllegalStateException("state " + seq + " already has a pending swap");
        }
        return new ChannelState(channelId, newSeq, deposit, transfers, Optional.of(swap));
    }

    /** Completed state S_t: the pending swap executed, at {@code newSeq}. */
    public ChannelState complete(long newSeq) {
        PendingSwap p = pending.orElseThrow(() -> new IllegalStateException("state " + seq + " has no pending swap"));
        List<Transfer> next = new ArrayList<>(transfers);
        next.add(p.transfer());
        return new ChannelState(channelId, newSeq, deposit, next, Optional.empty());
    }

    /** The base completed state a lock state was built on (pending refunded), same seq. */
    public ChannelState withoutPending() {
        return new ChannelState(channelId, seq, deposit, transfers, Optional.empty());
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.raw(DOMAIN).hash(channelId).i64(seq).i64(deposit).i32(transfers.size());
        for (Transfer t : transfers) {
            out.write(t);
        }
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
        int n = in.count("state.transfers.count", MAX_TRANSFERS);
        List<Transfer> ts = new ArrayList<>(Math.min(n, in.remaining() / 40 + 1));
        for (int i = 0; i < n; i++) {
            ts.add(Transfer.decode(in));
        }
        Optional<PendingSwap> p = in.bool("state.hasPending") ? Optional.of(PendingSwap.decode(in)) : Optional.empty();
        try {
            return new ChannelState(id, seq, deposit, ts, p);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new DecodeException("state", e.getMessage());
        }
    }
}
