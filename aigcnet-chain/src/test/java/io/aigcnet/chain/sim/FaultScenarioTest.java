package io.aigcnet.chain.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.wire.ChainMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultScenarioTest {

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void equivocatingProducerIsDetectedRecordedAndRemoved(long seed) {
        ChainScenario s = new ChainScenario(seed, 4, 1, NetworkModel.lan());
        s.chain.setOptions(2, io.aigcnet.chain.consensus.NodeOptions.defaults().withEquivocation());
        Address cheat = s.chain.keys(2).address();
        s.chain.startAll();
        s.load(4, 20, 30);
        s.chain.runUntilSeconds(30);
        for (int i = 0; i < 5; i++) {
            assertThat(s.chain.node(i).removedSuperNodes()).as("node " + i).containsExactly(cheat);
            assertThat(s.chain.node(i).activeSuperNodes()).doesNotContain(cheat).hasSize(3);
        }
        boolean evidenceOnChain = false;
        for (long h = 1; h <= s.chain.store(0).height(); h++) {
            evidenceOnChain |= s.chain.store(0).get(h).orElseThrow().block().evidence().stream()
                    .anyMatch(e -> e.offender().equals(cheat));
        }
        assertThat(evidenceOnChain).isTrue();
        assertThat(s.minFinalised(0, 1, 3, 4)).isGreaterThan(15);
        s.assertSafe();
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void crashedNodeRestartsFromItsStoreAndCatchesUp(long seed) {
        ChainScenario s = new ChainScenario(seed, 4, 2, NetworkModel.lan());
        s.chain.startAll();
        s.load(4, 20, 40);
        s.chain.runUntilSeconds(10);
        s.chain.crash(1);
        s.chain.crash(5);
        long stored = s.chain.store(1).height();
        assertThat(stored).isGreaterThan(5);
        s.chain.runUntilSeconds(20);
        s.chain.restart(1);
        s.chain.restart(5);
        // restarted from store: nothing finalised before the crash is lost
        assertThat(s.chain.node(1).finalizedHeight()).isEqualTo(stored);
        s.chain.runUntilSeconds(40);
        assertThat(s.chain.node(1).finalizedHeight()).isGreaterThanOrEqualTo(s.chain.node(0).finalizedHeight() - 1);
        assertThat(s.chain.node(5).finalizedHeight()).isGreaterThanOrEqualTo(s.chain.node(0).finalizedHeight() - 2);
        assertThat(s.chain.node(1).balance(s.clients.get(3).address()))
                .isEqualTo(s.chain.node(0).balance(s.clients.get(3).address()));
        s.assertSafe();
    }

    @Test
    void forgedReplayedAndMalformedInputIsRejectedWithoutCrashing() throws Exception {
        ChainScenario s = new ChainScenario(41, 4, 1, NetworkModel.lan());
        s.chain.startAll();
        KeyPair alice = s.clients.get(0);
        KeyPair mallory = KeyPair.generate(s.rng);
        Address bob = s.clients.get(1).address();
        Transaction good = Transaction.transfer(alice, bob, 1, 10, 5, SignatureScheme.ed25519());
        assertThat(s.chain.node(4).submit(good).ok()).isTrue();
        // forged: mallory signs a body that names alice as sender (decode of a spliced encoding)
        Transaction byMallory = Transaction.transfer(mallory, bob, 2, 10, 5, SignatureScheme.ed25519());
        byte[] spliced = byMallory.encode();
        System.arraycopy(alice.address().publicKey(), 0, spliced, 1, 32);
        Transaction forged = Transaction.decode(new io.aigcnet.chain.codec.ByteReader(spliced));
        assertThat(s.chain.node(4).submit(forged).reason()).isEqualTo(Reason.BAD_SIGNATURE);
        s.chain.runUntilSeconds(5);
        assertThat(s.chain.store(4).heightOfTx(good.id())).isPresent();
        // replay of an executed transaction
        assertThat(s.chain.node(0).submit(good).reason()).isEqualTo(Reason.REPLAYED_NONCE);
        // garbage bytes: the decoder refuses them; a hostile decoded-but-invalid message is dropped by the node
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[s.rng.nextInt(300)];
            s.rng.nextBytes(junk);
            try {
                ChainMessage m = ChainMessage.decode(junk);
                s.chain.world().runtime(io.aigcnet.core.runtime.NodeId.of(4)).network()
                        .send(io.aigcnet.core.runtime.NodeId.of(0), m);
            } catch (io.aigcnet.chain.codec.DecodeException expected) {
                // typed rejection
            }
        }
        s.chain.world().runtime(io.aigcnet.core.runtime.NodeId.of(4)).network()
                .send(io.aigcnet.core.runtime.NodeId.of(0), new ChainMessage.TxBatch(java.util.List.of(forged, good)));
        long before = s.chain.node(0).finalizedHeight();
        s.chain.runUntilSeconds(12);
        assertThat(s.chain.node(0).finalizedHeight()).isGreaterThan(before + 3);
        assertThat(s.chain.node(0).stats().rejected()).isGreaterThanOrEqualTo(2);
        s.assertSafe();
    }

    @Test
    void sameSeedSameChainTrace() {
        String[] hashes = new String[3];
        for (int k = 0; k < 3; k++) {
            ChainScenario s = new ChainScenario(k < 2 ? 51 : 52, 4, 1, NetworkModel.lan().withFaults(0.05, 0.05, 0.1, 20_000_000));
            s.chain.startAll();
            s.load(4, 30, 10);
            s.chain.runUntilSeconds(12);
            hashes[k] = s.sim.traceHash();
        }
        assertThat(hashes[0]).isEqualTo(hashes[1]);
        assertThat(hashes[2]).isNotEqualTo(hashes[0]);
    }
}
