package io.aigcnet.ledger.layer2fuzz;

import io.aigcnet.ledger.channel.ChannelEvidence;
import io.aigcnet.ledger.channel.ChannelParams;
import io.aigcnet.ledger.channel.ChannelState;
import io.aigcnet.ledger.channel.SignedState;
import io.aigcnet.ledger.codec.DecodeException;
import io.aigcnet.ledger.codec.Decoder;
import io.aigcnet.ledger.codec.Encodable;
import io.aigcnet.ledger.rollup.RollupPayload;
import io.aigcnet.ledger.storage.Manifest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every layer-2 decoder of untrusted bytes (channel evidence on chain, roll-up payloads, storage manifests). */
final class Layer2Decoders {
    static final Map<String, Decoder<? extends Encodable>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("channel-state", ChannelState::decode);
        ALL.put("signed-state", SignedState::decode);
        ALL.put("channel-evidence", ChannelEvidence::decode);
        ALL.put("channel-params", ChannelParams::decode);
        ALL.put("rollup-payload", in -> RollupPayload.decode(in.raw("all", in.remaining())));
    }

    private Layer2Decoders() {
    }

    /** Typed rejection or an exact round trip; anything else (a runtime exception, an OOM) is a bug. */
    static void decodeAll(byte[] bytes) {
        for (Map.Entry<String, Decoder<? extends Encodable>> e : ALL.entrySet()) {
            try {
                Encodable v = e.getValue().decodeAll(bytes);
                if (!Arrays.equals(v.encode(), bytes)) {
                    throw new AssertionError(e.getKey() + ": decode/encode is not the identity");
                }
            } catch (DecodeException expected) {
                // malformed input, reported with the field name
            }
        }
        try {
            io.aigcnet.ledger.channel.ChannelWire w = io.aigcnet.ledger.channel.ChannelWireCodec.decode(bytes);
            if (!Arrays.equals(io.aigcnet.ledger.channel.ChannelWireCodec.encode(w), bytes)) {
                throw new AssertionError("channel wire: decode/encode is not the identity");
            }
        } catch (DecodeException expected) {
            // malformed input, reported with the field name
        }
        try {
            Manifest m = Manifest.decode(bytes);
            if (!Arrays.equals(m.encode(), bytes)) {
                throw new AssertionError("manifest: decode/encode is not the identity");
            }
        } catch (IllegalArgumentException expected) {
            // the storage manifest decoder reports malformed input this way
        }
    }
}
