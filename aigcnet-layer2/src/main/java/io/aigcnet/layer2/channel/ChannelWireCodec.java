package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;

/**
 * Canonical byte form of the party-to-party channel messages for live transports: a tag byte, then the
 * fields in declaration order. Chain traffic ({@link ChannelWire.Submit}, {@link ChannelWire.Event}) goes
 * through the anchor chain's own transactions and is not encoded here.
 */
public final class ChannelWireCodec {
    private ChannelWireCodec() {
    }

    public static byte[] encode(ChannelWire m) {
        ByteWriter w = new ByteWriter(256);
        if (m instanceof ChannelWire.HashOffer h) {
            w.u8(1).hash(h.channelId()).i64(h.round()).hash(h.lockHash()).write(h.transfer()).i64(h.expiresAtNanos());
        } else if (m instanceof ChannelWire.OwnershipLock l) {
            w.u8(2).hash(l.channelId()).i64(l.round()).write(l.lockState()).signature(l.maspSig());
        } else if (m instanceof ChannelWire.FeeLock f) {
            w.u8(3).hash(f.channelId()).i64(f.round()).signature(f.clientSig());
        } else if (m instanceof ChannelWire.StateUpdated u) {
            w.u8(4).hash(u.channelId()).i64(u.round());
        } else if (m instanceof ChannelWire.Reveal r) {
            if (r.preimage() == null || r.preimage().length != ChannelEvidence.PREIMAGE_SIZE) {
                throw new IllegalArgumentException("reveal preimage must be " + ChannelEvidence.PREIMAGE_SIZE + " bytes");
            }
            w.u8(5).hash(r.channelId()).i64(r.round()).raw(r.preimage()).write(r.next()).signature(r.clientSig());
        } else if (m instanceof ChannelWire.Claim c) {
            w.u8(6).hash(c.channelId()).i64(c.round()).signature(c.maspSig());
        } else if (m instanceof ChannelWire.OpenRequest o) {
            w.u8(7).write(o.params()).signature(o.clientGenesisSig());
        } else if (m instanceof ChannelWire.Sync s) {
            w.u8(8).hash(s.channelId());
        } else {
            throw new IllegalArgumentException("not a party-to-party channel message: " + m.getClass().getSimpleName());
        }
        return w.toByteArray();
    }

    /** Decodes one whole message; malformed input raises {@link DecodeException} naming the field. */
    public static ChannelWire decode(byte[] bytes) throws DecodeException {
        ByteReader in = new ByteReader(bytes);
        int tag = in.u8("wire.tag");
        ChannelWire m = switch (tag) {
            case 1 -> new ChannelWire.HashOffer(in.hash("offer.channelId"), in.u63("offer.round"), in.hash("offer.lockHash"),
                    Transfer.decode(in), in.u63("offer.expiresAt"));
            case 2 -> new ChannelWire.OwnershipLock(in.hash("lock.channelId"), in.u63("lock.round"), ChannelState.decode(in),
                    in.signature("lock.maspSig"));
            case 3 -> new ChannelWire.FeeLock(in.hash("feeLock.channelId"), in.u63("feeLock.round"), in.signature("feeLock.clientSig"));
            case 4 -> new ChannelWire.StateUpdated(in.hash("updated.channelId"), in.u63("updated.round"));
            case 5 -> new ChannelWire.Reveal(in.hash("reveal.channelId"), in.u63("reveal.round"),
                    in.raw("reveal.preimage", ChannelEvidence.PREIMAGE_SIZE), ChannelState.decode(in), in.signature("reveal.clientSig"));
            case 6 -> new ChannelWire.Claim(in.hash("claim.channelId"), in.u63("claim.round"), in.signature("claim.maspSig"));
            case 7 -> new ChannelWire.OpenRequest(ChannelParams.decode(in), in.signature("open.clientGenesisSig"));
            case 8 -> new ChannelWire.Sync(in.hash("sync.channelId"));
            default -> throw new DecodeException("wire.tag", "must be 1..8 (party messages), got " + tag);
        };
        in.expectEnd();
        return m;
    }
}
