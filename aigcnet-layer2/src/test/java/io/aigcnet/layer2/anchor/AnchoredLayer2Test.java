package io.aigcnet.layer2.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.block.Block;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.channel.TransferCommitment;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.MerkleTree;
import io.aigcnet.layer2.rollup.RcoNode;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Layer 2 on the real DPoS anchor chain in the simulated runtime: 4 super nodes + 1 full node (the
 * layer-2 actors' chain node), 1 s blocks, LAN.
 */
class AnchoredLayer2Test {
    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;
    static final SignatureScheme ED = SignatureScheme.ed25519();
    static final int SUPER = 4;
    static final int ACCESS = SUPER; // the full node
    static final long CHAIN_BALANCE = 1_000_000_000L;

    /** Every node's finalised block at {@code height} (they must agree: it is final everywhere). */
    static Block finalisedEverywhere(SimChain chain, long height) {
        Block b = chain.node(0).store().get(height).orElseThrow().block();
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.node(i).store().get(height).orElseThrow().block().hash()).as("node " + i).isEqualTo(b.hash());
        }
        return b;
    }

    static Optional<Transaction> txIn(Block b, Hash id) {
        return b.txs().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Test
    void rcoRollupsAreAnchoredInFinalisedBlocksWithTheirPayloadHash() throws Exception {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        SimChain chain = SimChain.testChain(sim, SUPER, 1, rng, NetworkModel.lan(), List.of(), S);
        chain.startAll();
        ChainRollupSink sink = new ChainRollupSink(chain.node(ACCESS));
        RollupConfig d = RollupConfig.defaults(RollupMode.FULL);
        RollupConfig cfg = new RollupConfig(50, S, RollupMode.FULL, d.mwsl(), d.leafSensitivity(), d.clientCapacity());
        RollupScenario lane = new RollupScenario(sim, 5L, 4, 6, 20, cfg, ED, NetworkModel.lan(), sink);
        lane.submitOpinions(300, 100);
        sim.runUntil(12 * S);

        List<Transaction> sent = lane.ledger().rollups();
        assertThat(sent).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lane.ledger().poisons()).isEmpty();
        assertThat(sink.refused()).isEmpty();
        long opinions = 0;
        long lastSeq = 0;
        for (Transaction tx : sent) {
            ChainRollupSink.Anchored a = sink.anchored(tx.id()).orElseThrow(() -> new AssertionError("not anchored: " + tx));
            Block b = finalisedEverywhere(chain, a.height());
            Transaction onChain = txIn(b, tx.id()).orElseThrow();
            // the payload hash is recomputed here from the RCO's own transaction, independently of the sink
            assertThat(Sha256.hash(onChain.payload())).isEqualTo(Sha256.hash(tx.payload())).isEqualTo(a.payloadHash());
            assertThat(onChain.verifySignature(ED)).isTrue();
            RollupPayload.Full p = (RollupPayload.Full) RollupPayload.decode(onChain.payload());
            assertThat(p.sequence()).isGreaterThan(lastSeq - 1);
            lastSeq = p.sequence();
            opinions += p.block().opinionIds().size();
        }
        assertThat(opinions).isEqualTo(300); // every opinion reached the chain exactly once
        assertThat(sink.anchoredLedger().rollups()).hasSize(sent.size());
        assertThat(sink.anchoredLedger().canonicalBytes()).isEqualTo(lane.ledger().canonicalBytes());
        // the chain's head matches the RCOs' committed tree: the last anchored root is the lane's root
        RollupPayload.Full last = (RollupPayload.Full) RollupPayload.decode(sent.get(sent.size() - 1).payload());
        assertThat(last.block().reputationRoot()).isEqualTo(lane.rcos().get(0).state().tree().root());
    }

    @Test
    void poisonAgainstATamperedRollupIsAnchoredToo() throws Exception {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
        SimChain chain = SimChain.testChain(sim, SUPER, 1, rng, NetworkModel.lan(), List.of(), S);
        chain.startAll();
        ChainRollupSink sink = new ChainRollupSink(chain.node(ACCESS));
        RollupScenario lane = new RollupScenario(sim, 6L, 4, 6, 20, RollupConfig.defaults(RollupMode.FULL), ED,
                NetworkModel.lan(), sink);
        lane.rcos().get(0).setBehaviour(RcoNode.Behaviour.TAMPER_ROOT); // duty in turn 0
        lane.submitOpinions(40, 100);
        sim.runUntil(15 * S);

        assertThat(lane.ledger().poisons()).isNotEmpty();
        RollupPayload.Poison claim = (RollupPayload.Poison) RollupPayload.decode(lane.ledger().poisons().get(0).payload());
        Set<Hash> anchoredPoisonTargets = new java.util.HashSet<>();
        for (ChainRollupSink.Anchored a : sink.anchored()) {
            Transaction onChain = txIn(finalisedEverywhere(chain, a.height()), a.txId()).orElseThrow();
            if (RollupPayload.decode(onChain.payload()) instanceof RollupPayload.Poison p) {
                anchoredPoisonTargets.add(p.rollupTxId());
            }
        }
        assertThat(anchoredPoisonTargets).containsExactly(claim.rollupTxId());
        assertThat(sink.anchoredLedger().isPoisoned(claim.rollupTxId())).isTrue();
    }

    @Test
    void channelOpensOnFinalisedEstablishAndSettlesOnFinalisedClose() throws Exception {
        int rounds = 4;
        long fee = 100;
        long deposit = 1_000;
        long start = 1_000_000;
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(21L);
        KeyPair ck = KeyPair.generate(rng);
        KeyPair mk = KeyPair.generate(rng);
        SimChain chain = SimChain.testChain(sim, SUPER, 1, rng, NetworkModel.lan(), List.of(ck.address(), mk.address()), S);
        chain.startAll();

        NodeId client = NodeId.of(0);
        NodeId masp = NodeId.of(1);
        NodeId host = NodeId.of(2);
        SimWorld<ChannelWire> world = new SimWorld<>(sim, 3, NetworkModel.lan(), rng, m -> 256);
        TransferChannelContract contract = new TransferChannelContract(ED);
        contract.credit(ck.address(), start);
        contract.credit(mk.address(), start);
        long supply = contract.totalSupply();
        AnchoredChannelHost chainHost = new AnchoredChannelHost(world.runtime(host), contract, chain.node(ACCESS),
                Map.of(ck.address(), client, mk.address(), masp), Map.of(ck.address(), ck, mk.address(), mk), ED);
        ChannelTimers timers = new ChannelTimers(300 * MS, 300 * MS, 300 * MS, 300 * MS, 300 * MS, 10 * S, 20 * S, 2);
        ClientParty cp = new ClientParty(world.runtime(client), ck, ED, masp, host, rng, o -> { });
        MaspParty mp = new MaspParty(world.runtime(masp), mk, ED, client, host, 7, o -> { });
        mp.expectClient(ck.address());
        ChannelParams params = new ChannelParams(ck.address(), mk.address(), deposit, 1, timers);
        Hash id = params.channelId();
        cp.open(params);

        // before the establish transaction is final, the channel is not open anywhere
        while (chainHost.signedTxs().isEmpty()) {
            sim.runUntil(sim.nanos() + 10 * MS);
        }
        long submittedAt = sim.nanos();
        assertThat(contract.isOpen(id)).isFalse();
        assertThat(cp.isOpen()).isFalse();
        while (!cp.isOpen()) {
            sim.runUntil(sim.nanos() + 10 * MS);
            assertThat(sim.nanos()).isLessThan(30 * S);
        }
        ChannelEvent.Opened opened = null;
        long openedHeight = -1;
        for (AnchoredChannelHost.Published p : chainHost.published()) {
            if (p.event() instanceof ChannelEvent.Opened o) {
                opened = o;
                openedHeight = p.height();
            }
        }
        assertThat(opened).isNotNull();
        Block estBlock = finalisedEverywhere(chain, openedHeight);
        Transaction est = estBlock.txs().stream().filter(t -> t.type() == TxType.TRANSFER_CHANNEL).findFirst().orElseThrow();
        assertThat(est.sender()).isEqualTo(mk.address()); // the MASP establishes and pays F_e (§VI-B)
        assertThat(est.verifySignature(ED)).isTrue();
        assertThat(ChannelOp.decode(new ByteReader(est.payload())).op()).isEqualTo(ChannelOp.Op.ESTABLISH);
        assertThat(opened.atNanos()).isEqualTo(estBlock.header().timeNanos());
        assertThat(sim.nanos() - submittedAt).isGreaterThan(0);

        // N fee-ownership rounds off chain
        List<Transfer> bought = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Hash key = Sha256.hash(("output " + i).getBytes(StandardCharsets.UTF_8));
            Transfer t = new Transfer(key, fee);
            bought.add(t);
            mp.offer(t);
            assertThat(cp.pay(t)).isTrue();
            long until = sim.nanos() + 5 * S;
            while (!cp.ready() && sim.nanos() < until) {
                sim.runUntil(sim.nanos() + 10 * MS);
            }
            assertThat(cp.ready()).as("round " + i + " completed").isTrue();
        }
        long channelTxsBeforeClose = chainHost.channelTxsFinalised();
        assertThat(channelTxsBeforeClose).isEqualTo(1); // the rounds put nothing on chain

        cp.close();
        while (!(cp.isSettled() && mp.isSettled()) && sim.nanos() < 90 * S) {
            sim.runUntil(sim.nanos() + 50 * MS);
        }
        assertThat(cp.isSettled()).isTrue();
        ChannelEvent.Settled settled = cp.settlement();
        assertThat(settled.paid()).isEqualTo(rounds * fee);
        assertThat(settled.refunded()).isEqualTo(deposit - rounds * fee);
        long settledHeight = chainHost.published().stream().filter(p -> p.event() instanceof ChannelEvent.Settled)
                .mapToLong(AnchoredChannelHost.Published::height).findFirst().orElseThrow();
        Block closeBlock = finalisedEverywhere(chain, settledHeight);
        ChannelOp close = null;
        for (Transaction t : closeBlock.txs()) {
            if (t.type() == TxType.TRANSFER_CHANNEL) {
                close = ChannelOp.decode(new ByteReader(t.payload()));
            }
        }
        assertThat(close).isNotNull();
        assertThat(close.op()).isEqualTo(ChannelOp.Op.CLOSE);
        // on-chain commitments, recomputed here from the keys the test itself bought
        assertThat(close.amount()).isEqualTo(rounds * fee);
        assertThat(close.ownershipRoot()).isEqualTo(MerkleTree.root(bought.stream().map(TransferCommitment::leaf).toList()));
        assertThat(settled.transfers()).isEqualTo(rounds);
        assertThat(settled.ownershipRoot()).isEqualTo(close.ownershipRoot());

        // contract: balances, ownership registration, conservation of money
        assertThat(contract.balance(ck.address())).isEqualTo(start - rounds * fee);
        assertThat(contract.balance(mk.address())).isEqualTo(start + rounds * fee);
        for (int i = 0; i < rounds; i++) {
            assertThat(contract.ownerOf(id, bought.get(i), TransferCommitment.proof(bought, i))).contains(ck.address());
        }
        assertThat(cp.ownedOnChain(contract)).hasSize(rounds);
        assertThat(contract.totalSupply()).isEqualTo(supply);
        // anchor chain: fees F_e moved from the parties to the producers, nothing created or lost
        Set<Address> everyone = new java.util.HashSet<>(Set.of(ck.address(), mk.address()));
        for (int i = 0; i < chain.size(); i++) {
            everyone.add(chain.keys(i).address());
        }
        long total = everyone.stream().mapToLong(a -> chain.node(0).balance(a)).sum();
        assertThat(total).isEqualTo(2 * CHAIN_BALANCE);
        assertThat(chain.node(0).balance(mk.address())).isLessThanOrEqualTo(CHAIN_BALANCE - 7);
        assertThat(chainHost.signedTxs().stream().map(Transaction::id).collect(Collectors.toSet()))
                .hasSize(chainHost.signedTxs().size());
    }
}
