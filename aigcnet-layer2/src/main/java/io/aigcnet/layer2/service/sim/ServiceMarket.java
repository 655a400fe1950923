package io.aigcnet.layer2.service.sim;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimWorld;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.channel.ChannelChainHost;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.ReputationLeaf;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import io.aigcnet.layer2.service.FixedContract;
import io.aigcnet.layer2.service.Generation;
import io.aigcnet.layer2.service.Handshake;
import io.aigcnet.layer2.service.HandshakeException;
import io.aigcnet.layer2.service.PromptCrypto;
import io.aigcnet.layer2.service.RoundPricing;
import io.aigcnet.layer2.service.ServiceContract;
import io.aigcnet.layer2.service.SimulatedDiffusionBackend;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.storage.StorageReceipt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A small ProSecutor market: K MASPs whose generators use different numbers of diffusion steps (so
 * different quality), of which the first R also act as RCOs; C clients with different strictness; a
 * storage chain; one channel per client–MASP pair, established the first time the pair trades. Each
 * client runs service rounds back to back (P4): rank MASPs by the reputation in RCO 0's tree (with
 * ε-greedy exploration, so unknown MASPs get tried), handshake (two round trips, real Ed25519 and
 * X25519/AES-GCM), inference, storage, channel transfer of the eq. (13) fee, judgment and opinion.
 */
public final class ServiceMarket {
    private static final long START_BALANCE = 1_000_000_000L;

    private final Simulation sim = new Simulation(false);
    private final SignatureScheme scheme = SignatureScheme.ed25519();
    private final UniformRandomProvider rng;
    private final NetworkModel net;
    private final int clients;
    private final int masps;
    private final KeyPair[] clientKeys;
    private final KeyPair[] maspKeys;
    private final SimulatedDiffusionBackend[] backends;
    private final int[] steps;
    private final double[] strictness;
    private final long[][] positive;
    private final long[][] negative;
    private final ClientParty[][] channelClient;
    private final MaspParty[][] channelMasp;
    private final TransferChannelContract contract;
    private final RollupScenario lane;
    private final StorageChain storage = StorageChain.inMemory(4, 2, StorageChain.DEFAULT_CHUNK_SIZE);
    private final RoundPricing pricing;
    private final long[][] pairRounds;
    private final ChannelTimers timers;
    private final List<RoundRecord> rounds = new ArrayList<>();
    private final java.util.ArrayDeque<StorageReceipt> recentReceipts = new java.util.ArrayDeque<>();
    private long storedObjects;
    private final double exploration;
    private long nonce;
    private final int[][] channelsOpened;
    private final List<int[]> openedPairs = new ArrayList<>();
    private final List<ClientParty> openedParties = new ArrayList<>();
    private int channelLifetime;

    public ServiceMarket(long seed, int clients, int masps, int rcos, double exploration) {
        this(seed, clients, masps, rcos, exploration, RoundPricing.fixed(new FixedContract(20, 40)));
    }

    /** @param pricing the contract each round offers (the fixed one above, the exact optimum, or a learned policy) */
    public ServiceMarket(long seed, int clients, int masps, int rcos, double exploration, RoundPricing pricing) {
        this.pricing = java.util.Objects.requireNonNull(pricing, "pricing");
        if (clients < 1 || clients > 64 || masps < 2 || masps > 64 || rcos < 1 || rcos > masps) {
            throw new IllegalArgumentException("need 1..64 clients, 2..64 MASPs and 1..MASPs RCOs");
        }
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keys = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        this.net = new NetworkModel(20_000_000L, 10_000_000L, 0, 0, 0, 0, 0); // edge links: 20 ms + up to 10 ms
        this.clients = clients;
        this.masps = masps;
        this.exploration = exploration;
        clientKeys = new KeyPair[clients];
        maspKeys = new KeyPair[masps];
        backends = new SimulatedDiffusionBackend[masps];
        steps = new int[masps];
        strictness = new double[clients];
        positive = new long[clients][masps];
        negative = new long[clients][masps];
        channelClient = new ClientParty[clients][masps];
        channelMasp = new MaspParty[clients][masps];
        pairRounds = new long[clients][masps];
        channelsOpened = new int[clients][masps];
        contract = new TransferChannelContract(scheme);
        List<Address> maspAddresses = new ArrayList<>();
        for (int j = 0; j < masps; j++) {
            maspKeys[j] = KeyPair.generate(keys);
            maspAddresses.add(maspKeys[j].address());
            steps[j] = 4 + 36 * j / Math.max(1, masps - 1); // MASP capability levels: 4 .. 40 steps
            backends[j] = new SimulatedDiffusionBackend(RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()), 0.5, 0.05,
                    12, 0.1, 64 * 1024);
            contract.credit(maspKeys[j].address(), START_BALANCE);
        }
        for (int c = 0; c < clients; c++) {
            clientKeys[c] = KeyPair.generate(keys);
            strictness[c] = 0.55 + 0.3 * c / Math.max(1, clients - 1); // quality a client needs to be satisfied
            contract.credit(clientKeys[c].address(), START_BALANCE);
        }
        long ms = 1_000_000L;
        timers = new ChannelTimers(2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 60_000 * ms, 20_000 * ms, 2);
        RollupConfig d = RollupConfig.defaults(RollupMode.FULL);
        RollupConfig rc = new RollupConfig(50, 2_000 * ms, RollupMode.FULL, d.mwsl(), d.leafSensitivity(), 1000);
        lane = new RollupScenario(sim, root.nextLong(), rcos, masps, 200, rc, scheme, net, null, maspAddresses);
    }

    /** Starts every client's first round, staggered, and runs for {@code seconds} of simulated time. */
    public void run(double seconds) {
        start();
        advance(seconds);
    }

    /** Schedules every client's first round within the next second. */
    public void start() {
        for (int c = 0; c < clients; c++) {
            int cc = c;
            sim.after((long) (rng.nextDouble() * 1e9), () -> round(cc));
        }
    }

    public void advance(double seconds) {
        sim.runUntil(sim.nanos() + (long) (seconds * 1e9));
    }

    /**
     * Canonical anchor-ledger bytes so far (paper accounting): a 120 B header per 5 s block, roll-up
     * transactions as {@link io.aigcnet.layer2.rollup.RollupLedger} counts them, 99 B per Transfer_Channel tx.
     */
    public long ledgerBytes() {
        long txs = hosts.stream().mapToLong(ChannelChainHost::acceptedTxs).sum();
        return sim.nanos() / 5_000_000_000L * 120 + lane.ledger().canonicalBytes() + txs * 99;
    }

    private final List<ChannelChainHost> hosts = new ArrayList<>();

    /**
     * Clients close a channel after {@code transfers} paid rounds over it (0, the default: channels stay open), and
     * open a fresh one the next time they pick that MASP. A close waits out the contract's challenge window before it
     * settles, so the channels' whole life is visible (the dashboard uses this).
     */
    public void closeChannelsAfter(int transfers) {
        if (transfers < 0) {
            throw new IllegalArgumentException("transfers must be >= 0, got " + transfers);
        }
        this.channelLifetime = transfers;
    }

    /** Also sends background opinions from other clients at {@code perSecond}. */
    public void backgroundOpinions(long n, double perSecond) {
        lane.submitOpinions(n, perSecond);
    }

    private void round(int c) {
        double start = sim.nanos() / 1e9;
        int j = select(c);
        try {
            // round 1 and 2 of the handshake: two round trips on the client–MASP link
            byte[][] ck = PromptCrypto.keyPair(rng);
            byte[][] mk = PromptCrypto.keyPair(rng);
            double difficulty = 1.0;
            RoundPricing.Terms terms = new RoundPricing.Terms(c, j, ++pairRounds[c][j], difficulty, masps, 5.0);
            ServiceContract contract = pricing.offer(terms);
            Handshake.Request req = Handshake.request(clientKeys[c], maspKeys[j].address(), "txt2img", 0.5, contract,
                    difficulty, ck[1], nonce++, scheme);
            Handshake.verify(req, scheme);
            Handshake.Ack ack = Handshake.ack(maspKeys[j], req, true, mk[1], scheme);
            Handshake.verify(ack, req, scheme);
            String prompt = "client " + c + " prompt " + nonce;
            Handshake.EncryptedPrompt enc = Handshake.encryptPrompt(req, ack, ck[0], prompt, rng);
            String received = Handshake.decryptPrompt(req, enc, mk[0]);
            Handshake.verify(Handshake.promptAck(maspKeys[j], req, received, scheme), req, prompt, scheme);
            Generation g = backends[j].generate(received, steps[j]);
            long delay = 4 * net.latencyNanos() + (long) (g.computeSeconds() * 1e9);
            sim.after(delay, () -> store(c, j, start, g, terms, contract));
        } catch (HandshakeException e) {
            throw new IllegalStateException("honest handshake failed", e);
        }
    }

    private int select(int c) {
        if (rng.nextDouble() < exploration) {
            return rng.nextInt(masps);
        }
        List<ReputationLeaf> leaves = lane.rcos().get(0).state().tree().leaves();
        Address best = leaves.stream().max(Comparator.comparingLong(ReputationLeaf::reputationPpb)
                .thenComparing(ReputationLeaf::masp)).orElseThrow().masp();
        for (int j = 0; j < masps; j++) {
            if (maspKeys[j].address().equals(best)) {
                return j;
            }
        }
        throw new IllegalStateException("tree names an unknown MASP");
    }

    private void store(int c, int j, double start, Generation g, RoundPricing.Terms terms, ServiceContract contract) {
        StorageReceipt receipt = storage.put(g.output());
        storedObjects++;
        recentReceipts.addLast(receipt);
        if (recentReceipts.size() > RECENT_RECEIPTS) {
            recentReceipts.removeFirst();
        }
        long fee = contract.serviceFee(terms.difficulty(), g.quality()); // eq. (13), OS²A = realised quality
        pricing.settled(terms, contract, g.quality(), fee);
        Transfer t = new Transfer(Hash.of(receipt.contentKey().bytes()), Math.max(1, fee));
        double channelStart = sim.nanos() / 1e9;
        boolean fresh = channelClient[c][j] == null;
        if (fresh) {
            openChannel(c, j, outcome -> finish(c, j, start, channelStart, true, g, outcome));
        } else {
            channelHook[c][j] = outcome -> finish(c, j, start, channelStart, false, g, outcome);
        }
        channelMasp[c][j].offer(t);
        payWhenReady(c, j, t);
    }

    @SuppressWarnings("unchecked")
    private final java.util.function.Consumer<RoundOutcome>[][] channelHook = new java.util.function.Consumer[64][64];

    private void openChannel(int c, int j, java.util.function.Consumer<RoundOutcome> first) {
        SimWorld<ChannelWire> w = new SimWorld<>(sim, 3, net, RandomSource.XO_RO_SHI_RO_128_PP.create(rng.nextLong()), m -> 256);
        hosts.add(new ChannelChainHost(w.runtime(NodeId.of(2)), contract, 5_000_000_000L,
                Map.of(clientKeys[c].address(), NodeId.of(0), maspKeys[j].address(), NodeId.of(1))));
        channelHook[c][j] = first;
        channelClient[c][j] = new ClientParty(w.runtime(NodeId.of(0)), clientKeys[c], scheme, NodeId.of(1), NodeId.of(2), rng,
                o -> channelHook[c][j].accept(o));
        channelMasp[c][j] = new MaspParty(w.runtime(NodeId.of(1)), maspKeys[j], scheme, NodeId.of(0), NodeId.of(2), 7, o -> { });
        channelMasp[c][j].expectClient(clientKeys[c].address());
        openedPairs.add(new int[] {c, j});
        openedParties.add(channelClient[c][j]);
        // a fresh nonce per channel of the pair: a reopened channel gets a new channel id
        channelClient[c][j].open(new ChannelParams(clientKeys[c].address(), maspKeys[j].address(), 1_000_000, channelsOpened[c][j]++,
                timers));
    }

    private void payWhenReady(int c, int j, Transfer t) {
        if (channelClient[c][j].ready()) {
            if (!channelClient[c][j].pay(t)) {
                throw new IllegalStateException("channel refused a payment");
            }
        } else {
            sim.after(50_000_000L, () -> payWhenReady(c, j, t));
        }
    }

    private void finish(int c, int j, double start, double channelStart, boolean fresh, Generation g, RoundOutcome o) {
        if (!o.completed()) {
            payWhenReady(c, j, o.transfer()); // rolled back: retry with a fresh R
            return;
        }
        double now = sim.nanos() / 1e9;
        boolean satisfied = g.quality() >= strictness[c];
        if (satisfied) {
            positive[c][j]++;
        } else {
            negative[c][j]++;
        }
        lane.submit(Opinions.signed(clientKeys[c], maspKeys[j].address(), nonce++, positive[c][j], negative[c][j],
                o.transfer().fee(), o.transfer().outputKey(), scheme));
        rounds.add(new RoundRecord(c, j, start, now - start, now - channelStart, fresh, o.transfer().fee(), g.quality(), satisfied));
        if (channelLifetime > 0 && channelClient[c][j].completedTransfers() >= channelLifetime) {
            // retire it once idle; the next round with this MASP opens a new one (closed parties stay alive for
            // the contract's challenge window)
            ClientParty retired = channelClient[c][j];
            channelClient[c][j] = null;
            channelMasp[c][j] = null;
            sim.after(1_000_000L, retired::close);
        }
        sim.after(200_000_000L, () -> round(c));
    }

    /** The contract policy the rounds pay by. */
    public RoundPricing pricing() {
        return pricing;
    }

    private static final int RECENT_RECEIPTS = 20;

    /** The client's view of one client–MASP channel: what has been paid over it so far. */
    public record ChannelUse(int client, int masp, Hash channelId, long paid, long transfers) {
    }

    /** Every channel a client has opened (retired ones too), with what it paid (from its latest double-signed state). */
    public List<ChannelUse> channelUses() {
        List<ChannelUse> out = new ArrayList<>();
        for (int i = 0; i < openedParties.size(); i++) {
            ClientParty p = openedParties.get(i);
            if (p.channelId() != null) {
                var last = p.latest() == null ? null : p.latest().state();
                out.add(new ChannelUse(openedPairs.get(i)[0], openedPairs.get(i)[1], p.channelId(), last == null ? 0 : last.paid(),
                        last == null ? 0 : last.transferCount()));
            }
        }
        return out;
    }

    /** Objects uploaded to the storage chain so far. */
    public long storedObjects() {
        return storedObjects;
    }

    /** The latest storage receipts, oldest first. */
    public List<StorageReceipt> recentReceipts() {
        return List.copyOf(recentReceipts);
    }

    public int masps() {
        return masps;
    }

    public int clients() {
        return clients;
    }

    /** MASP {@code j}'s address. */
    public Address masp(int j) {
        return maspKeys[j].address();
    }

    public List<RoundRecord> rounds() {
        return List.copyOf(rounds);
    }

    /** The reputation of MASP {@code j} in RCO 0's Reputation Tree now. */
    public double reputation(int j) {
        return lane.rcos().get(0).state().tree().leaf(maspKeys[j].address()).orElseThrow().reputation();
    }

    public int steps(int j) {
        return steps[j];
    }

    public RollupScenario lane() {
        return lane;
    }

    public TransferChannelContract contract() {
        return contract;
    }

    public StorageChain storage() {
        return storage;
    }

    public Simulation simulation() {
        return sim;
    }

    public Address client(int c) {
        return clientKeys[c].address();
    }
}
