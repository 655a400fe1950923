package io.aigcnet.layer2.channel;

import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import java.util.Optional;

/**
 * What a party submits to close or challenge: its latest double-signed state (a completed state, or a lock
 * state whose swap the party wants executed) and optionally the preimage R of a lock. The latest state
 * both parties signed supersedes every earlier one, so earlier states are not needed: the size is the same
 * after any number of transfers (see docs/decisions.md, "Constant-size channel close").
 */
public record ChannelEvidence(SignedState latest, Optional<byte[]> preimage) implements Encodable {
    public static final int PREIMAGE_SIZE = HashLock.PREIMAGE_SIZE;

    public ChannelEvidence {
        if (latest == null) {
            throw new IllegalArgumentException("channel evidence needs a double-signed state");
        }
        preimage = preimage.map(byte[]::clone);
        if (preimage.isPresent() && preimage.get().length != PREIMAGE_SIZE) {
            throw new IllegalArgumentException("preimage must be " + PREIMAGE_SIZE + " bytes");
        }
    }

    public long finalSeq() {
        return latest.state().seq();
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.write(latest);
        out.bool(preimage.isPresent());
        preimage.ifPresent(out::raw);
    }

    public static ChannelEvidence decode(ByteReader in) throws DecodeException {
        SignedState s = SignedState.decode(in);
        Optional<byte[]> r = in.bool("evidence.hasPreimage") ? Optional.of(in.raw("evidence.preimage", PREIMAGE_SIZE))
                : Optional.empty();
        return new ChannelEvidence(s, r);
    }
}
