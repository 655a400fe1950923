package io.aigcnet.layer2.live;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SharedVerificationCache;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.ApiRoute;
import io.aigcnet.chain.live.LiveRuntime;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.layer2.anchor.AnchoredChannelHost;
import io.aigcnet.layer2.anchor.ChainRollupSink;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.rollup.RcoNode;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.layer2.rollup.RollupWire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ProSecutor's layer 2 in a live node process, beside its chain node. If the node is one of the plan's
 * RCOs it runs an {@link RcoNode} (signature check of every opinion, sync to the other RCOs, MWSL execution,
 * Reputation Tree, roll-up proposal and votes) whose roll-up and poison transactions go to this node's pool
 * through a {@link ChainRollupSink}, so they finalise through DPoS like any transaction. It runs the MASP
 * parties of the channels the plan assigns to it and their {@link AnchoredChannelHost}, which signs the
 * parties' establish/close transactions into this node's pool and executes the Transfer_Channel contract on
 * what this node finalises. Clients reach it over the layer-2 link (channels) and
 * {@code POST /layer2/opinions} (opinions).
 *
 * <p>Endpoints: {@code POST /layer2/opinions} (body: an i32 count, then that many canonical Opinion_Update
 * transactions), {@code GET /layer2/status}, {@code GET /layer2/finalised?from=H&max=K} (the roll-up and
 * Transfer_Channel transactions of finalised blocks H.., read from the node's block store).
 */
public final class Layer2NodeApp implements NodeApplication {
    private static final long START_BALANCE = Long.MAX_VALUE / 8;
    private static final int MAX_BLOCKS_PER_QUERY = 200;
    private final Layer2Plan plan;
    private final SignatureScheme ed = SignatureScheme.ed25519();
    /**
     * The RCO's signature checks: every signature is verified once, on whichever thread receives it first (an HTTP
     * worker for a client's opinions, the link's reader for synced opinions, proposals and votes), and the RCO's
     * checks on the event loop find the result cached; a signature never received that way is verified on the loop.
     */
    private final SharedVerificationCache rcoSignatures = new SharedVerificationCache(SignatureScheme.ed25519(), 1 << 18);
    private Layer2Link link;
    private ChainNode node;
    private int self;
    private RcoNode rco;
    private ChainRollupSink sink;
    private Layer2Link.Endpoint<RollupWire> rcoEndpoint;
    private AnchoredChannelHost host;
    private final Map<Integer, MaspParty> masps = new HashMap<>();
    private long maspRoundsCompleted;
    private long maspRoundsRolledBack;
    private long channelsServed;
    private long opinionsReceived;

    public Layer2NodeApp(Layer2Plan plan) {
        plan.validate();
        this.plan = plan;
    }

    @Override
    public AppExecutor executor() {
        return AppExecutor.NONE;
    }

    @Override
    public void attach(ChainNode chainNode, LiveRuntime loop, NodeConfig config) throws Exception {
        this.node = chainNode;
        this.self = config.id();
        if (self >= plan.nodes()) {
            throw new IllegalArgumentException("node " + self + " is not in the layer-2 plan of " + plan.nodes() + " nodes");
        }
        link = new Layer2Link(self, plan.linkAddresses(), loop);
        List<NodeConfig.Peer> peers = new ArrayList<>(config.peers());
        peers.sort(Comparator.comparingInt(NodeConfig.Peer::id));
        if (self < plan.rcos()) {
            List<Address> rcos = new ArrayList<>();
            Map<Address, NodeId> rcoNodes = new HashMap<>();
            for (int i = 0; i < plan.rcos(); i++) {
                Address a = Address.fromHex(peers.get(i).address());
                rcos.add(a);
                rcoNodes.put(a, plan.rcoId(i));
            }
            RollupConfig d = RollupConfig.defaults(RollupMode.FULL);
            RollupConfig rc = new RollupConfig(plan.rollupMaxOpinions(), plan.rollupThresholdMs() * 1_000_000L, RollupMode.FULL,
                    d.mwsl(), d.leafSensitivity(), Math.max(d.clientCapacity(), plan.opinionClients()));
            sink = new ChainRollupSink(chainNode);
            rcoEndpoint = link.endpoint(Layer2Link.KIND_ROLLUP, plan.rcoId(self), Layer2Link.ROLLUP);
            // super nodes act as the reputation coordinators: the RCO signs with the node's own key
            rcoEndpoint.prepare(this::preverify);
            rco = new RcoNode(new NodeRuntime<>(loop, loop, rcoEndpoint), KeyPair.fromSeedHex(config.keySeedHex()), rcoSignatures, rcos,
                    rcoNodes, plan.maspAddresses(), rc, null, sink);
        }
        attachChannels(loop);
        link.start();
    }

    private void preverify(RollupWire m) {
        if (m instanceof RollupWire.Submit x) {
            x.opinion().verifySignature(rcoSignatures);
        } else if (m instanceof RollupWire.Sync x) {
            x.opinion().verifySignature(rcoSignatures);
        } else if (m instanceof RollupWire.Proposal p) {
            p.rollupTx().verifySignature(rcoSignatures);
            p.opinions().forEach(t -> t.verifySignature(rcoSignatures));
        }
    }

    private void attachChannels(LiveRuntime loop) {
        List<KeyPair> clients = plan.channelClientKeys();
        List<KeyPair> maspKeys = plan.channelMaspKeys();
        TransferChannelContract contract = new TransferChannelContract(ed);
        Map<Address, KeyPair> wallets = new HashMap<>();
        Map<Address, NodeId> directory = new HashMap<>();
        for (int c = 0; c < plan.channels(); c++) {
            contract.credit(clients.get(c).address(), START_BALANCE);
            contract.credit(maspKeys.get(c).address(), START_BALANCE);
            if (plan.nodeOfChannel(c) == self) {
                wallets.put(clients.get(c).address(), clients.get(c));
                wallets.put(maspKeys.get(c).address(), maspKeys.get(c));
                directory.put(clients.get(c).address(), plan.clientPartyId(c));
                directory.put(maspKeys.get(c).address(), plan.maspPartyId(c));
            }
        }
        Layer2Link.Endpoint<ChannelWire> hostEndpoint = link.endpoint(Layer2Link.KIND_CHANNEL, plan.hostId(self), Layer2Link.CHANNEL);
        // each node's host executes the contract for the channels it serves only (each close's evidence costs ~2 signature
        // checks per transfer; all nodes checking every channel's closes stalled their event loops)
        host = new AnchoredChannelHost(new NodeRuntime<>(loop, loop, hostEndpoint), contract, node, directory, wallets, ed, true);
        for (int c = 0; c < plan.channels(); c++) {
            if (plan.nodeOfChannel(c) != self) {
                continue;
            }
            int pair = c;
            Layer2Link.Endpoint<ChannelWire> e = link.endpoint(Layer2Link.KIND_CHANNEL, plan.maspPartyId(c), Layer2Link.CHANNEL);
            NodeRuntime<ChannelWire> rt = new NodeRuntime<>(loop, loop, e);
            long[] nonce = {-1};
            // a new channel of this pair: a fresh MASP party that offers the outputs the client will buy
            e.beforeDeliver(m -> {
                if (m instanceof ChannelWire.OpenRequest o && o.params().nonce() > nonce[0]
                        && o.params().masp().equals(maspKeys.get(pair).address())) {
                    nonce[0] = o.params().nonce();
                    MaspParty p = new MaspParty(rt, maspKeys.get(pair), ed, plan.clientPartyId(pair), plan.hostId(self),
                            Layer2Plan.CHANNEL_TX_FEE, out -> {
                                if (out.completed()) {
                                    maspRoundsCompleted++;
                                } else {
                                    maspRoundsRolledBack++;
                                }
                            });
                    p.expectClient(clients.get(pair).address());
                    for (int r = 0; r < plan.roundsPerChannel(); r++) {
                        p.offer(Layer2Plan.transfer(pair, o.params().nonce(), r));
                    }
                    masps.put(pair, p);
                    channelsServed++;
                }
            });
        }
    }

    @Override
    public List<ApiRoute> routes(NodeAccess access) {
        return List.of(new ApiRoute() {
            @Override
            public String prefix() {
                return "/layer2/";
            }

            @Override
            public Response handle(String method, String path, Map<String, String> query, byte[] body) throws Exception {
                return switch (method + " " + path) {
                    case "POST /layer2/opinions" -> opinions(body);
                    case "GET /layer2/status" -> new Response(200, access.call(n -> status()));
                    case "GET /layer2/finalised" -> new Response(200, access.call(n -> finalised(query)));
                    default -> new Response(404, Map.of("error", "no layer-2 endpoint " + method + " " + path
                            + " (POST /layer2/opinions, GET /layer2/status, GET /layer2/finalised?from=H)"));
                };
            }
        });
    }

    /** Decodes a batch of signed opinions and hands each to this node's RCO, as a client's Submit. */
    private ApiRoute.Response opinions(byte[] body) {
        if (rco == null) {
            return new ApiRoute.Response(404, Map.of("error", "node " + self + " is not an RCO (RCOs are nodes 0.."
                    + (plan.rcos() - 1) + ")"));
        }
        List<Transaction> txs;
        try {
            ByteReader in = new ByteReader(body);
            txs = in.list("opinions", 100_000, Transaction::decode);
            in.expectEnd();
        } catch (DecodeException e) {
            throw new IllegalArgumentException("opinion batch: " + e.getMessage());
        }
        NodeId client = Layer2Link.id(plan.driverProcess(), 0);
        txs.forEach(t -> t.verifySignature(rcoSignatures)); // on this HTTP worker, not the node's loop
        for (Transaction tx : txs) {
            rcoEndpoint.deliver(client, new RollupWire.Submit(tx));
        }
        synchronized (this) {
            opinionsReceived += txs.size();
        }
        return new ApiRoute.Response(200, Map.of("accepted", txs.size()));
    }

    private Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node_id", self);
        m.put("rco", rco != null);
        if (rco != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            synchronized (this) {
                r.put("opinions_received", opinionsReceived);
            }
            r.put("committed_rollups", rco.committedBlocks());
            r.put("poisoned_rollups", rco.poisonedBlocks());
            r.put("pending_opinions", rco.pendingCount());
            r.put("forged_rejected", rco.forgedRejected());
            r.put("turn", rco.turn());
            r.put("submitted_to_chain", sink.submitted().size());
            r.put("anchored", sink.anchored().size());
            r.put("refused", sink.refused().size());
            m.put("rollup", r);
        }
        Map<String, Object> ch = new LinkedHashMap<>();
        ch.put("channels_served", channelsServed);
        ch.put("masp_rounds_completed", maspRoundsCompleted);
        ch.put("masp_rounds_rolled_back", maspRoundsRolledBack);
        ch.put("channel_txs_signed", host.signedTxs().size());
        ch.put("channel_txs_executed", host.channelTxsFinalised());
        ch.put("contract_accepted", host.acceptedTxs());
        ch.put("refused", host.refused().size());
        m.put("channels", ch);
        m.put("link", Map.of("frames_in", link.framesIn(), "frames_out", link.framesOut(), "dropped", link.dropped(),
                "malformed", link.malformed()));
        m.put("process_cpu_ms", ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
        return m;
    }

    /** Roll-up and channel transactions of finalised blocks, straight from the block store. */
    private Map<String, Object> finalised(Map<String, String> query) {
        long from;
        int max;
        try {
            from = Long.parseLong(query.getOrDefault("from", "1"));
            max = Integer.parseInt(query.getOrDefault("max", "50"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("from and max must be whole numbers");
        }
        if (from < 1 || max < 1 || max > MAX_BLOCKS_PER_QUERY) {
            throw new IllegalArgumentException("from must be >= 1 and max in [1, " + MAX_BLOCKS_PER_QUERY + "]");
        }
        long top = Math.min(node.finalizedHeight(), from + max - 1);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (long h = from; h <= top; h++) {
            Optional<StoredBlock> sb = node.store().get(h);
            if (sb.isEmpty()) {
                break;
            }
            List<Map<String, Object>> rollups = new ArrayList<>();
            int channelTxs = 0;
            for (Transaction tx : sb.get().block().txs()) {
                if (tx.type() == TxType.TRANSFER_CHANNEL) {
                    channelTxs++;
                } else if (tx.type() == TxType.REPUTATION_ROLLUP) {
                    rollups.add(rollupJson(tx));
                }
            }
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("height", h);
            b.put("tx_count", sb.get().block().txs().size());
            b.put("channel_txs", channelTxs);
            b.put("rollups", rollups);
            blocks.add(b);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finalized_height", node.finalizedHeight());
        m.put("blocks", blocks);
        return m;
    }

    private static Map<String, Object> rollupJson(Transaction tx) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", tx.id().hex());
        r.put("sender", tx.sender().hex());
        try {
            RollupPayload p = RollupPayload.decode(tx.payload());
            if (p instanceof RollupPayload.Full f) {
                r.put("kind", "full");
                r.put("sequence", f.sequence());
                r.put("opinions", f.block().opinionIds().stream().map(id -> id.hex()).toList());
            } else if (p instanceof RollupPayload.Poison q) {
                r.put("kind", "poison");
                r.put("sequence", q.sequence());
                r.put("target", q.rollupTxId().hex());
            } else {
                r.put("kind", "compact");
                r.put("sequence", p.sequence());
            }
        } catch (DecodeException e) {
            r.put("kind", "undecodable");
        }
        return r;
    }

    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
    }
}
