package io.aigcnet.chain.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.live.NodeApplication.NodeAccess;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.node.NodeStats;
import io.aigcnet.chain.observe.NodeObserver;
import io.aigcnet.chain.observe.TxTracker;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The anchor chain's endpoints: status, blocks, transactions with their state, accounts, peers and the pool.
 * Queries run on the node's event loop (through {@link NodeAccess}), so each answer is one consistent state.
 */
public final class ChainRoutes {
    /** Static facts about this node and its network, from its config. */
    public record NodeFacts(int selfId, List<NodeConfig.Peer> peers, List<Address> genesisAccounts, long blockIntervalMs,
            long genesisTimeMs) {
        public NodeFacts {
            peers = List.copyOf(peers);
            genesisAccounts = List.copyOf(genesisAccounts);
        }
    }

    private static final int MAX_LIST = 500;
    private final NodeAccess node;
    private final NodeObserver observer;
    private final Consumer<List<Transaction>> warm;
    private final Supplier<Map<String, Object>> extraStatus;
    private final NodeFacts facts;
    private final IntPredicate connected;
    // hash -> height of finalised blocks; filled lazily from the store, on the node's loop only
    private final Map<Hash, Long> byHash = new HashMap<>();
    private long indexedUpTo;

    /**
     * @param warm verifies a batch's signatures on every core before the loop admits it
     * @param extraStatus counters the node keeps outside {@link ChainNode} (signature cache, malformed frames);
     *     called on the loop
     * @param connected whether peer {@code id} has an open connection
     */
    public ChainRoutes(NodeAccess node, NodeObserver observer, Consumer<List<Transaction>> warm,
            Supplier<Map<String, Object>> extraStatus, NodeFacts facts, IntPredicate connected) {
        this.node = node;
        this.observer = observer;
        this.warm = warm;
        this.extraStatus = extraStatus;
        this.facts = facts;
        this.connected = connected;
    }

    public void register(NodeHttpServer http) {
        http.get("/status", ctx -> ctx.json(node.call(this::status)));
        http.get("/blocks", this::blocks);
        http.get("/blocks/{id}", ctx -> ctx.json(blockById(ctx.pathParam("id"))));
        http.get("/block/{height}", ctx -> ctx.json(compactBlock(ctx.pathParam("height"))));
        http.post("/tx", this::submit);
        http.get("/tx/{id}", ctx -> ctx.json(txState(parseHash(ctx.pathParam("id"), "transaction id"))));
        http.get("/accounts", ctx -> ctx.json(node.call(this::accounts)));
        http.get("/accounts/{address}", ctx -> ctx.json(account(parseAddress(ctx.pathParam("address")))));
        http.get("/peers", ctx -> ctx.json(peers()));
        http.get("/pool", ctx -> ctx.json(node.call(this::pool)));
    }

    /** {@code GET /status}; other code reads {@code finalized_height} and {@code signature_verifications}. */
    Map<String, Object> status(ChainNode n) {
        NodeStats s = n.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node_id", facts.selfId());
        m.put("address", n.address().hex());
        m.put("height", s.height());
        m.put("finalized_height", n.finalizedHeight());
        m.put("round", s.round());
        m.put("pool_size", s.poolSize());
        m.put("pool_capacity", n.pool().capacity());
        m.put("admitted", s.admitted());
        m.put("rejected", s.rejected());
        m.put("block_interval_ms", facts.blockIntervalMs());
        m.put("genesis_time_ms", facts.genesisTimeMs());
        m.put("super_nodes", n.activeSuperNodes().stream().map(a -> a.hex()).toList());
        m.putAll(extraStatus.get());
        m.put("malformed_messages", ((Number) m.getOrDefault("malformed_frames", 0L)).longValue() + s.malformedMessages());
        m.remove("malformed_frames");
        return m;
    }

    private void blocks(Context ctx) throws Exception {
        int limit = intParam(ctx, "limit", 20, 1, MAX_LIST);
        Long before = ctx.queryParam("before") == null ? null : (long) intParam(ctx, "before", 0, 1, Integer.MAX_VALUE);
        ctx.json(node.call(n -> {
            long top = before == null ? n.finalizedHeight() : Math.min(before - 1, n.finalizedHeight());
            List<Map<String, Object>> out = new ArrayList<>();
            for (long h = top; h >= 1 && out.size() < limit; h--) {
                n.store().get(h).ifPresent(sb -> out.add(ChainJson.blockSummary(sb)));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("finalized_height", n.finalizedHeight());
            m.put("blocks", out);
            return m;
        }));
    }

    /** A finalised block by height (digits) or by hash (0x + 64 hex digits). */
    Map<String, Object> blockById(String id) throws Exception {
        if (id.matches("\\d{1,18}")) {
            long h = Long.parseLong(id);
            Optional<StoredBlock> sb = node.call(n -> n.store().get(h));
            return ChainJson.block(sb.orElseThrow(() -> ApiError.notFound("no finalised block at height " + h)));
        }
        Hash hash = parseHash(id, "block id (a height, or a block hash of 64 hex digits)");
        Optional<StoredBlock> sb = node.call(n -> {
            index(n);
            Long h = byHash.get(hash);
            return h == null ? Optional.<StoredBlock>empty() : n.store().get(h);
        });
        return ChainJson.block(sb.orElseThrow(() -> ApiError.notFound("no finalised block with hash " + hash.hex())));
    }

    /**
     * {@code GET /block/{height}}: the header and transaction ids only. Benchmarks and the nemesis follow every block
     * through it, so it stays as light as it was; {@code /blocks/{id}} has the transactions in full.
     */
    Map<String, Object> compactBlock(String height) throws Exception {
        if (!height.matches("\\d{1,18}")) {
            throw ApiError.badRequest("height must be a whole number, got '" + height + "'");
        }
        long h = Long.parseLong(height);
        Optional<StoredBlock> sb = node.call(n -> n.store().get(h));
        return ChainJson.compact(sb.orElseThrow(() -> ApiError.notFound("no finalised block at height " + h)));
    }

    private void index(ChainNode n) {
        for (long h = indexedUpTo + 1; h <= n.finalizedHeight(); h++) {
            long hh = h;
            n.store().get(h).ifPresent(sb -> byHash.put(sb.block().hash(), hh));
            indexedUpTo = h;
        }
    }

    /**
     * {@code POST /tx}: hex-encoded signed transactions, one per line ({@code text/plain}, the fast form), or JSON
     * {@code {"transactions": ["hex", ...]}} / {@code ["hex", ...]}. Answers one result per input line, in order;
     * 429 with {@code Retry-After} when the pool was full for any of them.
     */
    private static final String SHED_ANSWER = "{\"accepted\":false,\"state\":\"rejected\",\"reason\":\"" + Reason.POOL_FULL.name()
            + "\",\"detail\":\"pool at its client limit; retry after the Retry-After delay\"}";

    private void submit(Context ctx) throws Exception {
        HexLines lines;
        String ct = ctx.contentType() == null ? "" : ctx.contentType();
        if (ct.startsWith("application/json")) {
            JsonNode body;
            try {
                body = NodeHttpServer.JSON.readTree(ctx.bodyAsBytes());
            } catch (java.io.IOException e) {
                throw ApiError.badRequest("body is not JSON: " + e.getMessage());
            }
            JsonNode list = body != null && body.isObject() ? body.get("transactions") : body;
            if (list == null || !list.isArray()) {
                throw ApiError.badRequest("JSON body must be {\"transactions\": [\"<hex>\", ...]} or [\"<hex>\", ...]");
            }
            List<String> texts = new ArrayList<>();
            list.forEach(e -> texts.add(e.asText()));
            lines = HexLines.of(texts);
        } else {
            lines = HexLines.of(ctx.bodyAsBytes());
        }
        if (lines.size() == 0) {
            throw ApiError.badRequest("no transactions: send hex-encoded signed transactions, one per line, or JSON");
        }
        if (node.call(n -> n.shedsClients())) {
            // load shedding: the pool is at its client limit, so the batch is refused before it is decoded (no
            // hashing, no signature check); the answer has no ids, the client still has them
            observer.shed(lines.size(), Reason.POOL_FULL);
            // the same small object once per line, written directly: under overload these answers are most of
            // what the node writes, and a serialiser walking thousands of identical maps is wasted CPU
            StringBuilder answer = new StringBuilder(SHED_ANSWER.length() * lines.size() + 2).append('[');
            for (int i = 0; i < lines.size(); i++) {
                answer.append(i == 0 ? "" : ",").append(SHED_ANSWER);
            }
            ctx.header("Retry-After", "1");
            ctx.status(429);
            ctx.contentType("application/json");
            ctx.result(answer.append(']').toString());
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        List<Transaction> decoded = new ArrayList<>();
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            try {
                decoded.add(Transaction.decode(new ByteReader(lines.decode(i))));
                slots.add(r);
            } catch (DecodeException | IllegalArgumentException e) {
                r.put("accepted", false);
                r.put("reason", Reason.MALFORMED.name());
                r.put("detail", e.getMessage());
            }
            out.add(r);
        }
        // signatures on every core first, of what the pool can still take; the loop then admits from the cache
        // (a transaction refused for space costs no signature check, so overload does not eat the CPU)
        warm.accept(node.call(n -> n.worthChecking(decoded)));
        // one hop to the node's loop for the whole batch
        List<Verdict> verdicts = node.call(n -> {
            List<Verdict> vs = new ArrayList<>(decoded.size());
            for (Transaction t : decoded) {
                Verdict v = n.submit(t);
                observer.submitted(t, v);
                vs.add(v);
            }
            return vs;
        });
        boolean full = false;
        for (int i = 0; i < decoded.size(); i++) {
            Map<String, Object> r = slots.get(i);
            r.put("id", decoded.get(i).id().hex());
            r.put("accepted", verdicts.get(i).ok());
            r.put("state", verdicts.get(i).ok() ? "pooled" : "rejected");
            r.put("reason", verdicts.get(i).reason().name());
            r.put("detail", verdicts.get(i).detail());
            full |= verdicts.get(i).reason() == Reason.POOL_FULL;
        }
        if (full) {
            // overload is answered, not queued: the client backs off and nothing piles up in memory
            ctx.header("Retry-After", "1");
            ctx.status(429);
        }
        ctx.json(out);
    }

    /** {@code GET /tx/{id}}: pooled, finalised (with its block) or rejected (with the rule and why). */
    Map<String, Object> txState(Hash id) throws Exception {
        Map<String, Object> m = node.call(n -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id.hex());
            Optional<Long> h = n.store().heightOfTx(id);
            Optional<TxTracker.Entry> seen = observer.tracker().get(id);
            if (h.isPresent()) {
                StoredBlock sb = n.store().get(h.get()).orElseThrow();
                r.put("state", "finalised");
                r.put("finalized", true);
                r.put("height", h.get());
                r.put("block_hash", sb.block().hash().hex());
                sb.block().txs().stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(t -> r.put("tx", ChainJson.tx(t)));
                return r;
            }
            r.put("finalized", false);
            Optional<Transaction> pooled = n.pool().get(id);
            if (pooled.isPresent()) {
                r.put("state", "pooled");
                r.put("tx", ChainJson.tx(pooled.get()));
                return r;
            }
            if (seen.isEmpty()) {
                return null;
            }
            TxTracker.Entry e = seen.get();
            r.put("state", "rejected");
            if (e.tx() != null) {
                r.put("tx", ChainJson.tx(e.tx()));
            }
            if (e.verdict() != null) {
                r.put("reason", e.verdict().reason().name());
                r.put("detail", (e.droppedFromPool() ? "admitted, then dropped from the pool: " : "refused at admission: ")
                        + e.verdict().detail());
            } else {
                // admitted, not finalised, not dropped as stale, no longer pooled: only a full pool's eviction does that
                r.put("reason", Reason.POOL_FULL.name());
                r.put("detail", "admitted, then evicted from the full pool by a transaction paying a higher fee");
            }
            return r;
        });
        if (m == null) {
            throw ApiError.notFound("unknown transaction " + id.hex()
                    + ": not in a finalised block, not pooled, and not submitted to this node");
        }
        return m;
    }

    private List<Map<String, Object>> accounts(ChainNode n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Address a : facts.genesisAccounts()) {
            out.add(accountOf(n, a));
        }
        return out;
    }

    private static Map<String, Object> accountOf(ChainNode n, Address a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", a.hex());
        m.put("balance", n.balance(a));
        m.put("last_nonce", n.lastNonce(a));
        m.put("finalized_height", n.finalizedHeight());
        return m;
    }

    Map<String, Object> account(Address a) throws Exception {
        return node.call(n -> {
            Map<String, Object> m = accountOf(n, a);
            int pooled = 0;
            for (Iterator<Transaction> it = n.pool().inOrder(); it.hasNext() && pooled < 10_000;) {
                if (it.next().sender().equals(a)) {
                    pooled++;
                }
            }
            m.put("pooled_txs", pooled);
            return m;
        });
    }

    List<Map<String, Object>> peers() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NodeConfig.Peer p : facts.peers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("address", p.address());
            m.put("p2p", p.host() + ":" + p.port());
            m.put("http", "http://" + p.host() + ":" + p.httpPort());
            m.put("self", p.id() == facts.selfId());
            m.put("connected", p.id() == facts.selfId() || connected.test(p.id()));
            out.add(m);
        }
        return out;
    }

    private Map<String, Object> pool(ChainNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", n.pool().size());
        m.put("capacity", n.pool().capacity());
        m.put("overflow", n.pool().overflowCount());
        List<Map<String, Object>> next = new ArrayList<>();
        for (Iterator<Transaction> it = n.pool().inOrder(); it.hasNext() && next.size() < 20;) {
            next.add(ChainJson.tx(it.next()));
        }
        m.put("next", next);
        return m;
    }

    static Hash parseHash(String s, String what) {
        String hex = s.startsWith("0x") ? s.substring(2) : s;
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw ApiError.badRequest(what + " must be 64 hex digits (optionally 0x-prefixed), got '" + s + "'");
        }
        return Hash.fromHex(hex);
    }

    static Address parseAddress(String s) {
        try {
            return Address.fromHex(s);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("address must be 64 hex digits (optionally 0x-prefixed), got '" + s + "'");
        }
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("query parameter " + name + " must be an integer in [" + min + ", " + max + "], got '" + v + "'");
        }
    }
}
