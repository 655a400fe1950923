package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.crypto.Signature;

/** A channel state with both parties' signatures over its digest: the only thing the contract accepts. */
public record SignedState(ChannelState state, Signature clientSig, Signature maspSig) implements Encodable {
    public boolean verify(Address client, Address masp, SignatureScheme scheme) {
        byte[] d = state.digest().toBytes();
        return scheme.verify(client, d, clientSig) && scheme.verify(masp, d, maspSig);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.write(state).signature(clientSig).signature(maspSig);
    }

    public static SignedState decode(ByteReader in) throws DecodeException {
        return new SignedState(ChannelState.decode(in), in.signature("signed.clientSig"), in.signature("signed.maspSig"));
    }
}
