package io.aigcnet.layer2.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ChannelWireCodecTest {
    @Test
    void everyPartyMessageRoundTrips() throws DecodeException {
        KeyPair c = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(1));
        KeyPair m = KeyPair.generate(RandomSource.XO_RO_SHI_RO_128_PP.create(2));
        ChannelParams p = new ChannelParams(c.address(), m.address(), 500, 3, ChannelTimers.defaults());
        Hash id = p.channelId();
        Transfer t = new Transfer(Sha256.hash(new byte[] {1}), 50);
        ChannelState lock = ChannelState.genesis(id, 500).lock(1, new PendingSwap(Sha256.hash(new byte[32]), t, 99));
        Signature sig = SignatureScheme.ed25519().sign(c, lock.digest().toBytes());
        List<ChannelWire> all = List.of(new ChannelWire.HashOffer(id, 1, Sha256.hash(new byte[32]), t, 99),
                new ChannelWire.OwnershipLock(id, 1, lock, sig), new ChannelWire.FeeLock(id, 1, sig),
                new ChannelWire.StateUpdated(id, 1), new ChannelWire.Reveal(id, 1, new byte[32], lock.complete(2), sig),
                new ChannelWire.Claim(id, 1, sig), new ChannelWire.OpenRequest(p, sig), new ChannelWire.Sync(id));
        for (ChannelWire w : all) {
            byte[] b = ChannelWireCodec.encode(w);
            ChannelWire back = ChannelWireCodec.decode(b);
            assertThat(ChannelWireCodec.encode(back)).as(w.getClass().getSimpleName()).isEqualTo(b);
        }
        assertThatThrownBy(() -> ChannelWireCodec.decode(new byte[] {9})).isInstanceOf(DecodeException.class)
                .hasMessageContaining("wire.tag");
    }
}
