package io.aigcnet.layer2.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.RollupWire;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class Layer2WireCodecTest {
    private final SignatureScheme ed = SignatureScheme.ed25519();
    private final KeyPair client = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1));
    private final KeyPair masp = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(2));

    private Transaction opinion(long nonce) {
        return Opinions.signed(client, masp.address(), nonce, 3, 1, 20, Sha256.hash(new byte[] {(byte) nonce}), ed);
    }

    @Test
    void rollupMessagesSurviveTheirByteForm() throws Exception {
        Transaction a = opinion(1);
        Transaction b = opinion(2);
        for (RollupWire m : List.of(new RollupWire.Submit(a), new RollupWire.Sync(b),
                new RollupWire.Proposal(7, a, List.of(a, b)),
                new RollupWire.Vote(7, a.id(), true, masp.address(), ed.sign(masp, new byte[32])))) {
            RollupWire back = Layer2WireCodec.decodeRollup(Layer2WireCodec.encodeRollup(m));
            assertThat(Layer2WireCodec.encodeRollup(back)).isEqualTo(Layer2WireCodec.encodeRollup(m));
            assertThat(back.getClass()).isEqualTo(m.getClass());
        }
        RollupWire.Proposal p = (RollupWire.Proposal) Layer2WireCodec.decodeRollup(
                Layer2WireCodec.encodeRollup(new RollupWire.Proposal(7, a, List.of(a, b))));
        assertThat(p.opinions()).extracting(Transaction::id).containsExactly(a.id(), b.id());
        assertThat(p.opinions().get(1).verifySignature(ed)).isTrue();
    }

    @Test
    void chainEventsSurviveTheirByteForm() throws Exception {
        Hash ch = Sha256.hash(new byte[] {9});
        for (ChannelEvent e : List.of(new ChannelEvent.CloseSubmitted(ch, 3, 99),
                new ChannelEvent.Settled(ch, 4, 40, 60, 2, Sha256.hash(new byte[] {1}), false),
                new ChannelEvent.Rejected(ch, "stale state"))) {
            ChannelWire back = Layer2WireCodec.decodeChannel(Layer2WireCodec.encodeChannel(new ChannelWire.Event(e)));
            assertThat(((ChannelWire.Event) back).event()).isEqualTo(e);
        }
    }

    @Test
    void malformedFramesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Layer2WireCodec.decodeRollup(new byte[] {9})).isInstanceOf(DecodeException.class)
                .hasMessageContaining("rollup.tag");
        byte[] ok = Layer2WireCodec.encodeRollup(new RollupWire.Submit(opinion(1)));
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length - 3);
        assertThatThrownBy(() -> Layer2WireCodec.decodeRollup(cut)).isInstanceOf(DecodeException.class);
        assertThatThrownBy(() -> Layer2WireCodec.decodeChannel(new byte[] {21, 7})).isInstanceOf(DecodeException.class)
                .hasMessageContaining("event.kind");
    }
}
