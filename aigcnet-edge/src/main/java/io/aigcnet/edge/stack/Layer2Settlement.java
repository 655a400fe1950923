package io.aigcnet.edge.stack;

import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.CachedVerification;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.storage.StorageReceipt;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.Receipt;
import io.aigcnet.edge.service.Settlement;
import io.aigcnet.layer2.anchor.AnchoredChannelHost;
import io.aigcnet.layer2.anchor.ChainRollupSink;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.layer2.rollup.ReputationLeaf;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Settles every served request of a city through ProSecutor's service round on layer 2, with the real
 * components of aigcnet-layer2 and aigcnet-chain on one simulated runtime ({@link Simulation}) that follows the
 * city's clock:
 * <ol>
 *   <li>the provider puts the output on the {@link StorageChain} (its receipt's content key names the output);</li>
 *   <li>the phone pays the request's price to the provider over a hash-locked duplex transfer channel (ProSecutor
 *       P2: {@link ClientParty} / {@link MaspParty}, one double-signed state per request), opened the first time the
 *       phone is served by that provider (a phone that moves to another provider opens a channel with it) and
 *       closed at the end of the run; establish and close are Transfer_Channel transactions on the anchor chain
 *       ({@link AnchoredChannelHost});</li>
 *   <li>the phone signs its opinion of the provider (satisfied iff the request met its latency requirement) and an
 *       RCO lane ({@link RollupScenario}) rolls the opinions up; the roll-ups go on the anchor chain
 *       ({@link ChainRollupSink}), a DPoS {@link SimChain} of super nodes and one access full node.</li>
 * </ol>
 * The price is the receipt's (the city's pricing), so the channels' settled total equals the accounting total.
 * {@link #reputation(String)} reads a provider's leaf in RCO 0's Reputation Tree, which the city's reputation
 * selection can use. A request with price 0 cannot be a channel transfer (fees are &gt; 0): it is stored and
 * judged but not paid, and counted.
 */
public final class Layer2Settlement implements Settlement {
    /**
     * Layer-2 parameters. Chain: {@code superNodes} DPoS super nodes and one access node, blocks every
     * {@code blockIntervalS} of at most {@code blockCapacity} transactions, LAN links; roll-ups: {@code rcos} RCOs
     * (ProSecutor: the super nodes), at most {@code rollupOpinions} opinions or {@code rollupIntervalS} after the last
     * decision; channels: a deposit of {@code depositRequests} × the request budget, the phone–provider link's
     * one-way latency and jitter.
     */
    public record Config(int superNodes, double blockIntervalS, int blockCapacity, int rcos, int rollupOpinions, double rollupIntervalS,
                         int depositRequests, double linkLatencyS, double linkJitterS) {
        /** ProSecutor's 5 s blocks and 500-opinion roll-ups, 4 super nodes that are also the RCOs, 20 ms + ≤ 10 ms edge links. */
        public static Config defaults() {
            return new Config(4, 5, 2000, 4, 500, 5, 100, 0.020, 0.010);
        }
    }

    /** What the components measured, for the report; see {@link #summary()}. */
    public record Summary(long receipts, long paidReceipts, long zeroFeeReceipts, long accountingTotal, long paidTotal, long refundedTotal,
                          long channelsOpened, long channelsSettled, long transfersSigned, long transferRetries, long channelTxsFinalised,
                          long storageObjects, long storageBytes, double contentMbit, long opinionsSubmitted, long opinionsRolledUp,
                          long rollupsFinalised, long poisoned, long anchorHeight, double transferP50S, double transferP95S,
                          double opinionFinalityP50S, Map<String, Double> reputation) {}

    private static final long START_BALANCE = 1_000_000_000_000_000L;
    private static final long POLL_NANOS = 50_000_000L;

    private final Simulation sim = new Simulation(false);
    /**
     * Ed25519 (BouncyCastle). Every party, RCO and chain node lives in this one process and receives the same signed
     * objects, so a signature that verified once is not verified again (as the simulated chain does for its votes);
     * every distinct signature is still signed and checked for real, and a forgery can never hit the cache.
     */
    private final SignatureScheme scheme = new CachedVerification(SignatureScheme.ed25519(), 1 << 16);
    private final AccountingSettlement accounts = new AccountingSettlement();
    private final Config cfg;
    private final long deposit;
    private final double maxLatencyS;
    private final List<String> providers;
    private final Map<String, Integer> providerIndex = new HashMap<>();
    private final KeyPair[] phoneKeys;
    private final KeyPair[] providerKeys;
    private final long[] opinionNonce;
    private final SimChain chain;
    private final ChainNode access;
    private final ChainRollupSink sink;
    private final RollupScenario lane;
    private final AnchoredChannelHost host;
    private final ChannelMesh mesh;
    private final StorageChain storage = StorageChain.inMemory(4, 2, StorageChain.DEFAULT_CHUNK_SIZE);
    private final ChannelTimers timers;
    private final UniformRandomProvider rng;
    private final Map<Long, Pair> pairs = new HashMap<>();
    private final List<ClientParty> openedClients = new ArrayList<>();
    private final Map<Hash, Long> opinionSent = new HashMap<>();
    private final LatencyRecorder transferLatency = new LatencyRecorder();
    private long paidReceipts;
    private long zeroFee;
    private long retries;
    private long storageObjects;
    private double contentMbit;
    private long inFlight;
    private Summary summary;

    /** One job: a served request's round, from its delivery. */
    private record Job(Receipt receipt, Transfer transfer, long deliveredNanos) {}

    /** A phone–provider pair: its current channel and the rounds waiting for it. */
    private final class Pair {
        final int phone;
        final int provider;
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        ClientParty client;
        MaspParty masp;
        NodeId clientEnd;
        NodeId maspEnd;
        long remaining;
        long channels;
        long positive;
        long negative;
        Job current;
        boolean polling;

        Pair(int phone, int provider) {
            this.phone = phone;
            this.provider = provider;
        }
    }

    /**
     * @param phones number of phones (devices); each gets an Ed25519 key and an anchor-chain account
     * @param providers the providers' ids (the city's edges and "cloud"); each gets a key, an account and a leaf
     * @param budget the request budget (minor units): a channel's deposit is {@code depositRequests} of them
     * @param maxLatencyS the latency requirement: a phone is satisfied iff its request was delivered within it
     */
    public Layer2Settlement(int phones, List<String> providers, long budget, double maxLatencyS, Config cfg, long seed) {
        if (phones < 1 || providers.size() < 2) throw new IllegalArgumentException("need >= 1 phone and >= 2 providers");
        this.cfg = cfg;
        this.deposit = Math.max(1, Math.multiplyExact(Math.max(1, budget), cfg.depositRequests()));
        this.maxLatencyS = maxLatencyS;
        this.providers = List.copyOf(providers);
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        UniformRandomProvider keyRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        phoneKeys = new KeyPair[phones];
        providerKeys = new KeyPair[providers.size()];
        opinionNonce = new long[phones];
        List<Address> accountsOnChain = new ArrayList<>(phones + providers.size());
        Map<Address, KeyPair> wallets = new HashMap<>();
        TransferChannelContract contract = new TransferChannelContract(scheme);
        this.mesh = new ChannelMesh(sim, new NetworkModel(nanos(cfg.linkLatencyS()), nanos(cfg.linkJitterS()), 0, 0, 0, 0, 0),
                RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()), phones + providers.size());
        Map<Address, NodeId> directory = new HashMap<>();
        for (int i = 0; i < phones; i++) {
            phoneKeys[i] = KeyPair.generate(keyRng);
            register(phoneKeys[i], i, accountsOnChain, wallets, directory, contract);
        }
        List<Address> providerAddresses = new ArrayList<>();
        for (int j = 0; j < providers.size(); j++) {
            if (providerIndex.put(providers.get(j), j) != null) throw new IllegalArgumentException("duplicate provider " + providers.get(j));
            providerKeys[j] = KeyPair.generate(keyRng);
            register(providerKeys[j], phones + j, accountsOnChain, wallets, directory, contract);
            providerAddresses.add(providerKeys[j].address());
        }
        long interval = nanos(cfg.blockIntervalS());
        chain = new SimChain(sim, cfg.superNodes(), 1, NetworkModel.lan(), keyRng, RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()),
                interval, cfg.blockCapacity(), scheme, accountsOnChain, START_BALANCE,
                new NodeOptions("fee", 1_000_000, 0, 100_000_000L, false), i -> new MemoryLedgerStore(false, false));
        chain.startAll();
        access = chain.node(cfg.superNodes());
        sink = new ChainRollupSink(access);
        RollupConfig d = RollupConfig.defaults(RollupMode.FULL);
        RollupConfig rc = new RollupConfig(cfg.rollupOpinions(), nanos(cfg.rollupIntervalS()), RollupMode.FULL, d.mwsl(), d.leafSensitivity(),
                phones);
        lane = new RollupScenario(sim, root.nextLong(), cfg.rcos(), providers.size(), 1, rc, scheme, NetworkModel.lan(), sink,
                providerAddresses);
        // the channels' defaults: 2 s step timers, 60 s lock validity, a 10 min challenge window (the parties' chain watch
        // runs every window / 8, so a short window would have thousands of idle channels polling the chain)
        timers = ChannelTimers.defaults();
        host = new AnchoredChannelHost(mesh.hostRuntime(), contract, access, directory, wallets, scheme);
    }

    private void register(KeyPair k, int group, List<Address> onChain, Map<Address, KeyPair> wallets, Map<Address, NodeId> directory,
                          TransferChannelContract contract) {
        onChain.add(k.address());
        wallets.put(k.address(), k);
        directory.put(k.address(), mesh.address(group));
        contract.credit(k.address(), START_BALANCE);
    }

    static long nanos(double s) { return Math.round(s * 1e9); }

    @Override public void settle(Receipt r) {
        settle(r, new ContentDescriptor(r.requestId(), "?", "?", Double.NaN, 0, r.provider()));
    }

    @Override public void settle(Receipt r, ContentDescriptor content) {
        if (summary != null) throw new IllegalStateException("settlement already finished");
        Integer j = providerIndex.get(r.provider());
        if (j == null) throw new IllegalArgumentException("unknown provider '" + r.provider() + "' in receipt " + r.requestId());
        if (r.user() < 0 || r.user() >= phoneKeys.length) throw new IllegalArgumentException("unknown phone " + r.user());
        accounts.settle(r);
        inFlight++;
        long at = Math.max(sim.nanos(), nanos(r.deliveredS()));
        sim.at(at, Simulation.PRIORITY_TIMER, 7, () -> startRound(r, content, j, at));
    }

    /** The provider stores the output; the phone pays for it over their channel (or, at price 0, only judges it). */
    private void startRound(Receipt r, ContentDescriptor content, int j, long deliveredNanos) {
        StorageReceipt stored = storage.put(describe(r, content));
        storageObjects++;
        contentMbit += content.sizeMbit();
        Hash output = Hash.of(stored.contentKey().bytes());
        Pair p = pairs.computeIfAbsent((long) r.user() * providers.size() + j, k -> new Pair(r.user(), j));
        if (r.price() <= 0) {
            zeroFee++;
            judge(p, r, output, 0);
            inFlight--;
            return;
        }
        p.queue.add(new Job(r, new Transfer(output, r.price()), deliveredNanos));
        pump(p);
    }

    /** The stored object: the content descriptor and the receipt (the city has descriptors, not generated bytes). */
    private static byte[] describe(Receipt r, ContentDescriptor c) {
        return String.format(Locale.ROOT, "aigcnet/edge/output/v1 request=%d user=%d provider=%s placement=%s model=%s modality=%s quality=%s "
                        + "size_mbit=%s steps=%s price=%d submitted_s=%s delivered_s=%s", r.requestId(), r.user(), r.provider(), r.placement(),
                c.modelId(), c.modality(), c.quality(), c.sizeMbit(), r.steps(), r.price(), r.submittedS(), r.deliveredS())
                .getBytes(StandardCharsets.UTF_8);
    }

    private void pump(Pair p) {
        if (p.current != null || p.queue.isEmpty()) return;
        Job next = p.queue.peek();
        if (p.client != null && (p.client.isSettled() || p.client.closing() || p.remaining < next.transfer().fee())) {
            if (!p.client.isSettled() && !p.client.closing()) p.client.close(); // deposit spent: close, open a fresh one
            p.client = null;
        }
        if (p.client == null) open(p);
        if (!p.client.ready()) {
            if (!p.polling) {
                p.polling = true;
                sim.after(POLL_NANOS, () -> {
                    p.polling = false;
                    pump(p);
                });
            }
            return;
        }
        p.current = p.queue.poll();
        p.masp.offer(p.current.transfer());
        if (!p.client.pay(p.current.transfer())) throw new IllegalStateException("a ready channel refused a payment");
    }

    private void open(Pair p) {
        KeyPair phone = phoneKeys[p.phone], provider = providerKeys[p.provider];
        ChannelParams params = new ChannelParams(phone.address(), provider.address(), deposit, p.channels++, timers);
        NodeRuntime<ChannelWire> c = mesh.endpoint(p.phone, params.channelId()), m = mesh.endpoint(phoneKeys.length + p.provider, params.channelId());
        p.clientEnd = c.network().self();
        p.maspEnd = m.network().self();
        p.client = new ClientParty(c, phone, scheme, p.maspEnd, ChannelMesh.host(), rng, o -> outcome(p, o));
        p.masp = new MaspParty(m, provider, scheme, p.clientEnd, ChannelMesh.host(), 7, o -> { });
        p.masp.expectClient(phone.address());
        p.client.open(params);
        p.remaining = deposit;
        openedClients.add(p.client);
    }

    private void outcome(Pair p, RoundOutcome o) {
        Job j = p.current;
        if (j == null || !o.transfer().equals(j.transfer())) return;
        if (!o.completed()) {
            retries++;
            p.current = null;
            p.queue.addFirst(j); // rolled back: pay again (a fresh R), on this channel if it is still usable
            sim.after(POLL_NANOS, () -> pump(p));
            return;
        }
        p.remaining -= j.transfer().fee();
        paidReceipts++;
        transferLatency.add((sim.nanos() - j.deliveredNanos()) / 1e9);
        judge(p, j.receipt(), j.transfer().outputKey(), j.transfer().fee());
        p.current = null;
        inFlight--;
        if (o.committedOnChain()) p.client = null; // enforced on chain: the channel is closing
        pump(p);
    }

    /** The phone's signed opinion of the provider after this request, sent to the RCO lane. */
    private void judge(Pair p, Receipt r, Hash output, long fee) {
        if (r.latencyS() <= maxLatencyS) p.positive++;
        else p.negative++;
        Transaction op = Opinions.signed(phoneKeys[p.phone], providerKeys[p.provider].address(), opinionNonce[p.phone]++, p.positive,
                p.negative, fee, output, scheme);
        opinionSent.put(op.id(), sim.nanos());
        lane.submit(op);
    }

    @Override public void advanceTo(double nowS) {
        if (summary == null) sim.runUntil(nanos(nowS));
    }

    /** Runs the rounds in flight, closes every channel, and waits for the settlements and the last roll-ups on chain. */
    @Override public void finish() {
        if (summary != null) return;
        long step = nanos(cfg.blockIntervalS());
        runWhile(() -> inFlight > 0, 10_000, "rounds in flight");
        for (Pair p : pairs.values())
            if (p.client != null && !p.client.isSettled() && !p.client.closing()) p.client.close();
        runWhile(() -> openedClients.stream().anyMatch(c -> !c.isSettled()), 200, "channels settling");
        runWhile(() -> opinionsRolledUp() < opinionSent.size(), 200, "opinions rolling up");
        sim.runUntil(sim.nanos() + 2 * step); // the last block's finality reaches the access node
        summary = measure();
    }

    private void runWhile(java.util.function.BooleanSupplier busy, int maxBlocks, String what) {
        long step = nanos(cfg.blockIntervalS());
        for (int i = 0; busy.getAsBoolean(); i++) {
            if (i >= maxBlocks) throw new IllegalStateException("layer-2 settlement: " + what + " did not finish in " + maxBlocks + " blocks");
            sim.runUntil(sim.nanos() + step);
        }
    }

    private long opinionsRolledUp() {
        long n = 0;
        Map<Hash, Transaction> byId = new HashMap<>();
        for (Transaction tx : sink.submitted()) byId.put(tx.id(), tx);
        for (ChainRollupSink.Anchored a : sink.anchored()) {
            if (sink.anchoredLedger().isPoisoned(a.txId())) continue;
            if (decode(byId.get(a.txId())) instanceof RollupPayload.Full f)
                for (Hash id : f.block().opinionIds()) if (opinionSent.containsKey(id)) n++;
        }
        return n;
    }

    private Summary measure() {
        long paid = 0, refunded = 0;
        for (AnchoredChannelHost.Published e : host.published())
            if (e.event() instanceof ChannelEvent.Settled s) {
                paid = Math.addExact(paid, s.paid());
                refunded = Math.addExact(refunded, s.refunded());
            }
        long signed = 0, settled = 0;
        for (ClientParty c : openedClients) {
            signed += c.completedTransfers(); // double-signed completed states after the genesis
            if (c.isSettled()) settled++;
        }
        Map<Hash, Transaction> byId = new HashMap<>();
        for (Transaction tx : sink.submitted()) byId.put(tx.id(), tx);
        long rollups = 0, poisoned = 0, rolled = 0;
        LatencyRecorder finality = new LatencyRecorder();
        for (ChainRollupSink.Anchored a : sink.anchored()) {
            RollupPayload payload = decode(byId.get(a.txId()));
            if (payload instanceof RollupPayload.Poison) {
                poisoned++;
            } else if (!sink.anchoredLedger().isPoisoned(a.txId()) && payload instanceof RollupPayload.Full f) {
                rollups++;
                for (Hash id : f.block().opinionIds()) {
                    Long sent = opinionSent.get(id);
                    if (sent != null) {
                        rolled++;
                        finality.add((a.finalisedAtNanos() - sent) / 1e9);
                    }
                }
            }
        }
        Map<String, Double> rep = new LinkedHashMap<>();
        for (String id : providers) rep.put(id, reputation(id));
        return new Summary(accounts.receipts(), paidReceipts, zeroFee, accounts.total(), paid, refunded, openedClients.size(), settled, signed,
                retries, host.channelTxsFinalised(), storageObjects, storage.bytesStored(), contentMbit, opinionSent.size(), rolled, rollups,
                poisoned, access.finalizedHeight(), transferLatency.percentile(50), transferLatency.percentile(95), finality.percentile(50), rep);
    }

    private static RollupPayload decode(Transaction tx) {
        try {
            return RollupPayload.decode(tx.payload());
        } catch (io.aigcnet.chain.codec.DecodeException e) {
            throw new IllegalStateException("a roll-up on chain does not decode", e);
        }
    }

    /** Provider {@code id}'s reputation now: its leaf in RCO 0's Reputation Tree (the neutral prior before any roll-up). */
    public double reputation(String id) {
        Integer j = providerIndex.get(id);
        if (j == null) throw new IllegalArgumentException("unknown provider '" + id + "'");
        return lane.rcos().get(0).state().tree().leaf(providerKeys[j].address()).map(ReputationLeaf::reputation).orElseThrow();
    }

    /** The measurements; only after {@link #finish()}. */
    public Summary summary() {
        if (summary == null) throw new IllegalStateException("finish() the settlement first");
        return summary;
    }

    /** The RCO lane (tests look at its RCOs' state). */
    RollupScenario lane() { return lane; }

    /** The exact books kept beside the channels (the accounting a city without layer 2 keeps). */
    public AccountingSettlement accounts() { return accounts; }

    /** Result keys under {@code settlement.}: what the components measured. */
    public Map<String, Object> resultKeys() {
        Summary s = summary();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("settlement.channels_opened", s.channelsOpened());
        r.put("settlement.channels_settled", s.channelsSettled());
        r.put("settlement.transfers_signed", s.transfersSigned());
        r.put("settlement.transfer_retries", s.transferRetries());
        r.put("settlement.paid_total", s.paidTotal());
        r.put("settlement.refunded_total", s.refundedTotal());
        r.put("settlement.paid_matches_accounting", s.paidTotal() == s.accountingTotal());
        r.put("settlement.zero_fee_receipts", s.zeroFeeReceipts());
        r.put("settlement.channel_txs_finalised", s.channelTxsFinalised());
        r.put("settlement.storage_objects", s.storageObjects());
        r.put("settlement.storage_bytes", s.storageBytes());
        r.put("settlement.content_mbit_described", s.contentMbit());
        r.put("settlement.opinions_submitted", s.opinionsSubmitted());
        r.put("settlement.opinions_rolled_up", s.opinionsRolledUp());
        r.put("settlement.rollups_finalised", s.rollupsFinalised());
        r.put("settlement.rollups_poisoned", s.poisoned());
        r.put("settlement.anchor_height", s.anchorHeight());
        r.put("settlement.latency_p50_s", s.transferP50S());
        r.put("settlement.latency_p95_s", s.transferP95S());
        r.put("settlement.opinion_finality_p50_s", s.opinionFinalityP50S());
        return r;
    }
}
