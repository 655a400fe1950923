package io.aigcnet.layer2.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.channel.TransferCommitment;
import io.aigcnet.layer2.channel.sim.ChannelFleet;
import io.aigcnet.layer2.rollup.MerkleTree;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.tx.ChannelOp;
import io.aigcnet.chain.tx.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A channel at the simulated experiments' default size (1000 transfers per deposit) closes through the real
 * anchor chain: the close transaction must fit one Transfer_Channel transaction and settle. Before the close
 * carried one constant-size state, the client's close evidence for 1000 transfers was about 20 MB (one state
 * per transfer, each listing every earlier transfer), {@code ChannelOp} refused it (48 KiB cap) inside the
 * host, and the exception aborted the whole simulation at the first close.
 */
class LongChannelCloseTest {
    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;
    static final SignatureScheme ED = SignatureScheme.ed25519();

    @Test
    void thousandTransfersThenCloseSettlesOnTheAnchorChain() {
        int rounds = 1000; // LoadConfig's default rounds_per_channel
        long fee = 10;
        long deposit = fee * rounds;
        long start = 1_000_000;
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(31L);
        KeyPair ck = KeyPair.generate(rng);
        KeyPair mk = KeyPair.generate(rng);
        SimChain chain = SimChain.testChain(sim, 4, 1, rng, NetworkModel.lan(), List.of(ck.address(), mk.address()), S);
        chain.startAll();
        NodeId client = NodeId.of(0);
        NodeId masp = NodeId.of(1);
        NodeId host = NodeId.of(2);
        SimWorld<ChannelWire> world = new SimWorld<>(sim, 3, NetworkModel.lan(), rng, m -> 256);
        TransferChannelContract contract = new TransferChannelContract(ED);
        contract.credit(ck.address(), start);
        contract.credit(mk.address(), start);
        long supply = contract.totalSupply();
        AnchoredChannelHost chainHost = new AnchoredChannelHost(world.runtime(host), contract, chain.node(4),
                Map.of(ck.address(), client, mk.address(), masp), Map.of(ck.address(), ck, mk.address(), mk), ED);
        ChannelTimers timers = new ChannelTimers(300 * MS, 300 * MS, 300 * MS, 300 * MS, 300 * MS, 10 * S, 2 * S, 2);
        ClientParty cp = new ClientParty(world.runtime(client), ck, ED, masp, host, rng, o -> { });
        MaspParty mp = new MaspParty(world.runtime(masp), mk, ED, client, host, 7, o -> { });
        mp.expectClient(ck.address());
        cp.open(new ChannelParams(ck.address(), mk.address(), deposit, 1, timers));
        while (!cp.isOpen() && sim.nanos() < 30 * S) {
            sim.runUntil(sim.nanos() + 10 * MS);
        }
        assertThat(cp.isOpen()).isTrue();

        List<Transfer> bought = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Hash key = Sha256.hash(("long output " + i).getBytes(StandardCharsets.UTF_8));
            Transfer t = new Transfer(key, fee);
            bought.add(t);
            mp.offer(t);
            assertThat(cp.pay(t)).as("round %d starts", i).isTrue();
            long until = sim.nanos() + 5 * S;
            while (!cp.ready() && sim.nanos() < until) {
                sim.runUntil(sim.nanos() + 5 * MS);
            }
            assertThat(cp.ready()).as("round %d completed", i).isTrue();
        }

        cp.close();
        long closeBy = sim.nanos() + 60 * S;
        while (!(cp.isSettled() && mp.isSettled()) && sim.nanos() < closeBy) {
            sim.runUntil(sim.nanos() + 50 * MS);
        }
        // (the parties re-send while waiting for the chain; the chain refuses those re-sends as duplicates or
        // replayed nonces, so refusals are no signal here: what counts is that the contract executed the close)
        assertThat(chainHost.acceptedTxs()).as("establish, close and the MASP's answer executed").isEqualTo(3);
        assertThat(cp.isSettled()).as("client saw the close finalised and settled").isTrue();
        assertThat(mp.isSettled()).as("MASP saw the close finalised and settled").isTrue();
        ChannelEvent.Settled settled = cp.settlement();
        assertThat(settled.paid()).isEqualTo(deposit);
        assertThat(settled.refunded()).isZero();
        assertThat(contract.balance(ck.address())).isEqualTo(start - deposit);
        assertThat(contract.balance(mk.address())).isEqualTo(start + deposit);
        assertThat(contract.totalSupply()).isEqualTo(supply);
        assertThat(settled.transfers()).isEqualTo(rounds);
        for (int i = 0; i < rounds; i += 97) {
            assertThat(contract.ownerOf(cp.channelId(), bought.get(i), TransferCommitment.proof(bought, i))).contains(ck.address());
        }
        assertThat(cp.ownedOnChain(contract)).hasSize(rounds);
        // the close on chain is one state: a few hundred bytes, whatever the number of transfers
        Transaction close = chainHost.signedTxs().stream()
                .filter(t -> decodeOp(t).op() == ChannelOp.Op.CLOSE).findFirst().orElseThrow();
        // hand count: channel id 32 + state (domain 24, id 32, seq/deposit/paid/count 4×8, 6 frontier hashes for
        // 1000 = 0b1111101000: 6×32, no pending 1) + two signatures 2×64 + no preimage 1 = 32 + 410
        assertThat(decodeOp(close).evidence().length).isEqualTo(442);
        assertThat(decodeOp(close).ownershipRoot()).isEqualTo(MerkleTree.root(bought.stream().map(TransferCommitment::leaf).toList()));
    }

    static ChannelOp decodeOp(Transaction t) {
        try {
            return ChannelOp.decode(new ByteReader(t.payload()));
        } catch (io.aigcnet.chain.codec.DecodeException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The experiments' own path: {@link ChannelFleet} on the anchor chain with the load runs' timers and
     * 1000 transfers per deposit, so its first channel fills, closes through the chain, settles and reopens.
     */
    @Test
    void fleetChannelFillsClosesSettlesAndReopensAtTheDefaultSize() {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(32L);
        KeyPair[] clientKeys = ChannelFleet.keys(1, rng);
        KeyPair[] maspKeys = ChannelFleet.keys(1, rng);
        SimChain chain = SimChain.testChain(sim, 4, 1, rng, NetworkModel.lan(),
                List.of(clientKeys[0].address(), maspKeys[0].address()), S);
        chain.startAll();
        Map<io.aigcnet.chain.crypto.Address, KeyPair> wallets = Map.of(clientKeys[0].address(), clientKeys[0],
                maspKeys[0].address(), maspKeys[0]);
        ChannelTimers timers = new ChannelTimers(2_000 * MS, 2_000 * MS, 2_000 * MS, 2_000 * MS, 2_000 * MS, 60_000 * MS, 2 * S, 2);
        AnchoredChannelHost[] host = new AnchoredChannelHost[1];
        long end = 120 * S;
        ChannelFleet fleet = new ChannelFleet(sim, clientKeys, maspKeys, 1, NetworkModel.lan(), ED, timers, 1000, 5L, 0, end,
                (rt, contract, dir) -> host[0] = new AnchoredChannelHost(rt, contract, chain.node(4), dir, wallets, ED),
                ChannelFleet.Machines.FREE);
        // offered faster than one channel completes rounds, so the queue never runs dry
        Runnable[] inject = new Runnable[1];
        inject[0] = () -> {
            if (fleet.queued() < 50) {
                for (int i = 0; i < 10; i++) {
                    fleet.request();
                }
            }
            sim.after(100 * MS, inject[0]);
        };
        sim.after(3 * S, inject[0]);
        while (sim.nanos() < end && fleet.completed() < 1010) {
            sim.runUntil(sim.nanos() + S);
        }
        assertThat(fleet.channelsOpened()).as("the first channel settled and a second one was opened").isEqualTo(2);
        List<ChannelEvent.Settled> settled = host[0].published().stream().map(AnchoredChannelHost.Published::event)
                .filter(ChannelEvent.Settled.class::isInstance).map(ChannelEvent.Settled.class::cast).toList();
        assertThat(settled).hasSize(1);
        assertThat(settled.get(0).transfers()).isEqualTo(1000);
        assertThat(settled.get(0).paid()).isEqualTo(10L * 1000); // the fleet's fee 10 per transfer, all spent
        assertThat(settled.get(0).refunded()).isZero();
        assertThat(host[0].acceptedTxs()).as("2 establishes, a close and the MASP's answer").isEqualTo(4);
        assertThat(fleet.completed()).as("transfers on the reopened channel too").isGreaterThanOrEqualTo(1010);
    }
}
