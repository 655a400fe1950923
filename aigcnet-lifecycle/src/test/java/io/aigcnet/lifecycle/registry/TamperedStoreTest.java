package io.aigcnet.lifecycle.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.consensus.ChainMode;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.lifecycle.client.MemoryContentStore;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.client.SealedContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Attack A11 of the lifecycle spec, on the node's store: ownership lives only in replayed application
 * state, so editing a stored block to hand a product to someone else makes the node's replay fail.
 */
class TamperedStoreTest {
    @Test
    void aNodeWhoseStoredHistoryWasEditedFailsReplay() {
        Simulation sim = new Simulation(true);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(23);
        SignatureScheme ed = SignatureScheme.ed25519();
        Party alice = new Party("alice", KeyPair.generate(rng), ed);
        Party esp = new Party("esp", KeyPair.generate(rng), ed);
        Party mallory = new Party("mallory", KeyPair.generate(rng), ed);
        List<Address> accounts = List.of(alice.address(), esp.address(), mallory.address());
        SimChain chain = SimChain.testChain(sim, 4, 0, rng, NetworkModel.lan(), accounts, 1_000_000_000L);
        chain.configure(p -> ChainMode.FCFS_NO_FEE.apply(p, 1));
        MemoryContentStore storage = new MemoryContentStore();
        LifecycleParams params = new LifecycleParams(10, 5, Fixture.THRESHOLD, 60_000_000_000L, 0);
        for (int i = 0; i < 4; i++) {
            chain.setOptions(i, NodeOptions.defaults().withPool(ChainMode.FCFS_NO_FEE.poolOrdering(), 10_000));
        }
        chain.setApps(i -> new LifecycleApp(params, storage));
        chain.startAll();
        SealedContent s = SealedContent.seal(Fixture.png(Fixture.image(23)), "p", rng);
        storage.put(s.sealed());
        Transaction open = alice.genOpen(esp.address(), 100, new HashLock(s.lockHash(), 40_000_000_000L), s.cipherRef(), s.promptCommitment());
        Transaction claim = esp.genClaim(open.id(), s.key());
        sim.at(1_000_000_000L, Simulation.PRIORITY_TIMER, 3, () -> chain.node(0).submit(open));
        sim.at(4_000_000_000L, Simulation.PRIORITY_TIMER, 3, () -> chain.node(0).submit(claim));
        chain.runUntilSeconds(9);
        Hash product = LifecycleApp.productIdOf(open.id());
        long claimHeight = chain.store(0).heightOfTx(claim.id()).orElseThrow();

        // an honest copy of the store replays to the same registry
        MemoryLedgerStore copy = new MemoryLedgerStore();
        MemoryLedgerStore tampered = new MemoryLedgerStore();
        for (long h = 1; h <= chain.store(0).height(); h++) {
            StoredBlock sb = chain.store(0).get(h).orElseThrow();
            copy.append(sb.block(), sb.certificate());
            Block b = sb.block();
            if (h == claimHeight) {
                // the operator rewrites the claim as mallory's, to make mallory the owner
                List<Transaction> txs = new ArrayList<>(b.txs());
                txs.replaceAll(t -> t.id().equals(claim.id()) ? mallory.genClaim(open.id(), s.key()) : t);
                b = Block.produce(b.height(), b.header().slot(), b.header().parent(), b.header().timeNanos(), txs, b.lastCommit(),
                        b.evidence(), chain.keys(0), ed);
            }
            tampered.append(b, sb.certificate());
        }
        LifecycleApp honestApp = new LifecycleApp(params, storage);
        new ChainNode(KeyPair.generate(rng), chain.params(), NodeOptions.defaults(), chain.world().runtime(NodeId.of(3)), copy,
                Map.of(), honestApp).start();
        assertThat(honestApp.product(product).orElseThrow().owner()).isEqualTo(alice.address());

        ChainNode victim = new ChainNode(KeyPair.generate(rng), chain.params(), NodeOptions.defaults(),
                chain.world().runtime(NodeId.of(2)), tampered, Map.of(), new LifecycleApp(params, storage));
        assertThatThrownBy(victim::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("fails replay");
    }
}
