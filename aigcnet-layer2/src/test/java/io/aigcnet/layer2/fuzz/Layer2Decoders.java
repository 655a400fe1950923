package io.aigcnet.layer2.fuzz;

import io.aigcnet.layer2.channel.ChannelEvidence;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelState;
import io.aigcnet.layer2.channel.SignedState;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Decoder;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.storage.Manifest;
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
            io.aigcnet.layer2.channel.ChannelWire w = io.aigcnet.layer2.channel.ChannelWireCodec.decode(bytes);
            if (!Arrays.equals(io.aigcnet.layer2.channel.ChannelWireCodec.encode(w), bytes)) {
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
