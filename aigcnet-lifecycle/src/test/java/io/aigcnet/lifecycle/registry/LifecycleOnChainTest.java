package io.aigcnet.lifecycle.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.consensus.ChainMode;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.lifecycle.client.MemoryContentStore;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.client.SealedContent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The registry executed by a 4-node DPoS chain in the survey's mode: every node holds the same registry,
 * and a node restarted from its store rebuilds it by replay.
 */
class LifecycleOnChainTest {
    @Test
    void allNodesAgreeAndARestartedNodeReplaysTheRegistry() {
        Simulation sim = new Simulation(true);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(17);
        SignatureScheme ed = SignatureScheme.ed25519();
        Party alice = new Party("alice", KeyPair.generate(rng), ed);
        Party mallory = new Party("mallory", KeyPair.generate(rng), ed);
        Party bob = new Party("bob", KeyPair.generate(rng), ed);
        Party esp = new Party("esp", KeyPair.generate(rng), ed);
        List<Address> accounts = List.of(alice.address(), mallory.address(), bob.address(), esp.address());
        SimChain chain = SimChain.testChain(sim, 4, 0, rng, NetworkModel.lan(), accounts, 1_000_000_000L);
        chain.configure(p -> ChainMode.FCFS_NO_FEE.apply(p, 1));
        MemoryContentStore storage = new MemoryContentStore();
        LifecycleParams params = new LifecycleParams(10, 5, Fixture.THRESHOLD, 60_000_000_000L, 20);
        LifecycleApp[] apps = new LifecycleApp[4];
        for (int i = 0; i < 4; i++) {
            chain.setOptions(i, NodeOptions.defaults().withPool(ChainMode.FCFS_NO_FEE.poolOrdering(), 10_000));
        }
        chain.setApps(i -> apps[i] = new LifecycleApp(params, storage));
        chain.startAll();

        BufferedImage img = Fixture.image(17);
        SealedContent orig = SealedContent.seal(Fixture.png(img), "fox", rng);
        SealedContent copy = SealedContent.seal(Fixture.jpegCopy(img), "fox", rng);
        storage.put(orig.sealed());
        storage.put(copy.sealed());
        Transaction openA = alice.genOpen(esp.address(), 100, new HashLock(orig.lockHash(), 40_000_000_000L), orig.cipherRef(), orig.promptCommitment());
        Transaction openM = mallory.genOpen(esp.address(), 100, new HashLock(copy.lockHash(), 40_000_000_000L), copy.cipherRef(), copy.promptCommitment());
        Hash idA = LifecycleApp.productIdOf(openA.id());
        Hash idM = LifecycleApp.productIdOf(openM.id());
        byte[] secret = HashLock.newPreimage(rng);
        List<Supplier<Transaction>> script = new ArrayList<>();
        script.add(() -> openA);
        script.add(() -> esp.genClaim(openA.id(), orig.key()));
        script.add(() -> openM);
        script.add(() -> esp.genClaim(openM.id(), copy.key()));
        script.add(() -> alice.challenge(idA, idM, 10));
        Transaction[] tradeOpen = new Transaction[1];
        script.add(() -> tradeOpen[0] = alice.tradeOpen(idA, bob.address(), 50, new HashLock(HashLock.lockOf(secret), 60_000_000_000L)));
        script.add(() -> bob.tradeFund(tradeOpen[0].id(), 50));
        script.add(() -> alice.tradeClaim(tradeOpen[0].id(), secret));
        for (int k = 0; k < script.size(); k++) {
            Supplier<Transaction> step = script.get(k);
            // one step every 2.5 s: each lands in a later block than the previous one
            sim.at(1_000_000_000L + k * 2_500_000_000L, Simulation.PRIORITY_TIMER, 3, () -> chain.node(0).submit(step.get()));
        }
        chain.runUntilSeconds(25);

        for (LifecycleApp a : apps) {
            assertThat(a.product(idA).orElseThrow().owner()).isEqualTo(bob.address());
            assertThat(a.product(idM).orElseThrow().state()).isEqualTo(ProductRecord.State.REMOVED);
            assertThat(a.verdicts()).hasSize(1);
            assertThat(a.challengePool()).isEqualTo(15);
        }
        assertThat(chain.node(3).balance(bob.address())).isEqualTo(chain.node(0).balance(bob.address()));

        chain.crash(2);
        chain.runUntilSeconds(27);
        chain.restart(2);
        LifecycleApp replayed = apps[2];
        assertThat(replayed).isNotNull();
        assertThat(replayed.products()).isEqualTo(apps[0].products());
        assertThat(replayed.htlcs()).isEqualTo(apps[0].htlcs());
        assertThat(replayed.verdicts()).isEqualTo(apps[0].verdicts());
        chain.runUntilSeconds(32);
        assertThat(chain.node(2).finalizedHeight()).isGreaterThanOrEqualTo(chain.node(0).finalizedHeight() - 1);
    }
}
