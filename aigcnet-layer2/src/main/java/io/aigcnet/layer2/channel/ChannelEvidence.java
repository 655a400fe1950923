package io.aigcnet.layer2.channel;

import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import java.util.List;
import java.util.Optional;

/**
 * What a party submits to close: every double-signed completed state 𝒮_0 … 𝒮_ω in order (the paper's
 * "all signed channel states"), optionally followed by a double-signed lock state, and optionally the
 * preimage R of that lock.
 */
public record ChannelEvidence(List<SignedState> history, Optional<byte[]> preimage) implements Encodable {
    public static final int PREIMAGE_SIZE = HashLock.PREIMAGE_SIZE;
    /** Longest history a decoder accepts. */
    public static final int MAX_STATES = 10_000;

    public ChannelEvidence {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("channel evidence needs at least the genesis state");
        }
        preimage = preimage.map(byte[]::clone);
        if (preimage.isPresent() && preimage.get().length != PREIMAGE_SIZE) {
            throw new IllegalArgumentException("preimage must be " + PREIMAGE_SIZE + " bytes");
        }
    }

    public SignedState last() {
        return history.get(history.size() - 1);
    }

    public long finalSeq() {
        return last().state().seq();
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i32(history.size());
        history.forEach(out::write);
        out.bool(preimage.isPresent());
        preimage.ifPresent(out::raw);
    }

    public static ChannelEvidence decode(ByteReader in) throws DecodeException {
        List<SignedState> h = in.list("evidence.history", MAX_STATES, SignedState::decode);
        Optional<byte[]> r = in.bool("evidence.hasPreimage") ? Optional.of(in.raw("evidence.preimage", PREIMAGE_SIZE))
                : Optional.empty();
        if (h.isEmpty()) {
            throw new DecodeException("evidence.history", "must hold at least the genesis state");
        }
        return new ChannelEvidence(h, r);
    }
}
