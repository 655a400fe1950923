package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * What the Transfer_Channel establish transaction fixes for the channel's whole life: the two parties,
 * the client's deposit f, the timers, and a nonce that makes the channel index unique per pair.
 */
public record ChannelParams(Address client, Address masp, long deposit, long nonce, ChannelTimers timers)
        implements Encodable {
    private static final byte[] DOMAIN = "aigcnet/channel/v1".getBytes(StandardCharsets.US_ASCII);

    public ChannelParams {
        if (deposit <= 0) {
            throw new IllegalArgumentException("channel deposit must be > 0 minor units, got " + deposit);
        }
        if (client.equals(masp)) {
            throw new IllegalArgumentException("channel client and MASP must differ");
        }
    }

    /** The channel index of Fig. 2: SHA-256 over the canonical encoding of these parameters. */
    public Hash channelId() {
        return Sha256.hash(encode());
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.raw(DOMAIN).address(client).address(masp).i64(deposit).i64(nonce)
                .i64(timers.lockNanos()).i64(timers.feeLockNanos()).i64(timers.updateNanos())
                .i64(timers.revealNanos()).i64(timers.claimNanos()).i64(timers.lockValidityNanos())
                .i64(timers.challengeNanos()).i32(timers.maxRetries());
    }

    public static ChannelParams decode(ByteReader in) throws DecodeException {
        byte[] d = in.raw("params.domain", DOMAIN.length);
        if (!java.util.Arrays.equals(d, DOMAIN)) {
            throw new DecodeException("params.domain", "not channel parameters");
        }
        Address c = in.address("params.client");
        Address m = in.address("params.masp");
        long dep = in.u63("params.deposit");
        long nonce = in.i64("params.nonce");
        try {
            ChannelTimers t = new ChannelTimers(in.u63("timers.lock"), in.u63("timers.feeLock"), in.u63("timers.update"),
                    in.u63("timers.reveal"), in.u63("timers.claim"), in.u63("timers.lockValidity"),
                    in.u63("timers.challenge"), in.count("timers.maxRetries", 100));
            return new ChannelParams(c, m, dep, nonce, t);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("params", e.getMessage());
        }
    }
}
