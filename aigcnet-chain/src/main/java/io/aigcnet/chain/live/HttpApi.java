package io.aigcnet.chain.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.SharedVerificationCache;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.node.NodeStats;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The node's HTTP/JSON API:
 * <ul>
 * <li>{@code POST /tx} body: one hex-encoded signed transaction per line → {@code [{"id","accepted","reason"}]}</li>
 * <li>{@code GET /status} → height, finalised height, round, peers, pool size, counters</li>
 * <li>{@code GET /block/<height>} → the finalised block (header fields and transaction ids)</li>
 * <li>{@code GET /tx/<hash>} → the height holding the transaction, 404 if unknown</li>
 * </ul>
 * Queries run on the node's event loop, so they see a consistent state.
 */
public final class HttpApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ChainNode node;
    private final LiveRuntime loop;
    private final NettyNetwork net;

    private final ParallelVerifier verifier;
    private final SharedVerificationCache signatures;

    public HttpApi(int port, ChainNode node, LiveRuntime loop, NettyNetwork net, ParallelVerifier verifier,
            SharedVerificationCache signatures) throws IOException {
        this.verifier = verifier;
        this.signatures = signatures;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        this.node = node;
        this.loop = loop;
        this.net = net;
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aigcnet-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/tx", this::tx);
        server.createContext("/status", ex -> respond(ex, 200, status()));
        server.createContext("/block/", this::block);
    }

    public void start() {
        server.start();
    }

    /** Mounts a module's JSON endpoint (see {@link ApiRoute}); call before {@link #start()}. */
    public void mount(ApiRoute route) {
        server.createContext(route.prefix(), ex -> {
            try {
                Map<String, String> query = new LinkedHashMap<>();
                String raw = ex.getRequestURI().getRawQuery();
                if (raw != null) {
                    for (String kv : raw.split("&")) {
                        int eq = kv.indexOf('=');
                        if (eq > 0) {
                            query.put(java.net.URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                                    java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                        }
                    }
                }
                ApiRoute.Response r = route.handle(ex.getRequestMethod(), ex.getRequestURI().getPath(), query,
                        ex.getRequestBody().readAllBytes());
                respond(ex, r.status(), r.json());
            } catch (IllegalArgumentException e) {
                respond(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
            } catch (Exception e) {
                respond(ex, 500, Map.of("error", String.valueOf(e.getMessage())));
            }
        });
    }

    private Map<String, Object> status() throws IOException {
        try {
            return loop.call(() -> {
                NodeStats s = node.stats();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("address", node.address().hex());
                m.put("height", s.height());
                m.put("finalized_height", node.finalizedHeight());
                m.put("round", s.round());
                m.put("peers", net.connectedPeers());
                m.put("pool_size", s.poolSize());
                m.put("admitted", s.admitted());
                m.put("rejected", s.rejected());
                m.put("signature_verifications", signatures.verifications());
                m.put("signature_cache_hits", signatures.hits());
                m.put("pool_capacity", node.pool().capacity());
                m.put("malformed_messages", s.malformedMessages() + net.malformedFrames());
                m.put("super_nodes", node.activeSuperNodes().stream().map(a -> a.hex()).toList());
                return m;
            });
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void tx(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            if (ex.getRequestMethod().equals("POST") && path.equals("/tx")) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                List<Map<String, Object>> out = new ArrayList<>();
                List<Transaction> decoded = new ArrayList<>();
                List<Map<String, Object>> slots = new ArrayList<>();
                for (String line : body.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Map<String, Object> r = new LinkedHashMap<>();
                    try {
                        decoded.add(Transaction.decode(new ByteReader(HexFormat.of().parseHex(line.trim()))));
                        slots.add(r);
                    } catch (DecodeException | IllegalArgumentException e) {
                        r.put("accepted", false);
                        r.put("reason", "MALFORMED");
                        r.put("detail", e.getMessage());
                    }
                    out.add(r);
                }
                // signatures on every core first; the loop then admits from the cache
                verifier.warm(decoded);
                // one hop to the node's loop for the whole batch
                List<Verdict> verdicts = loop.call(() -> {
                    List<Verdict> vs = new ArrayList<>(decoded.size());
                    for (Transaction t : decoded) {
                        vs.add(node.submit(t));
                    }
                    return vs;
                });
                for (int i = 0; i < decoded.size(); i++) {
                    Map<String, Object> r = slots.get(i);
                    r.put("id", decoded.get(i).id().hex());
                    r.put("accepted", verdicts.get(i).ok());
                    r.put("reason", verdicts.get(i).reason().name());
                    r.put("detail", verdicts.get(i).detail());
                }
                boolean full = verdicts.stream().anyMatch(v -> v.reason() == Reason.POOL_FULL);
                if (full) {
                    // overload is answered, not queued: the client backs off and nothing piles up in memory
                    ex.getResponseHeaders().add("Retry-After", "1");
                    respond(ex, 429, out);
                } else {
                    respond(ex, 200, out);
                }
            } else if (ex.getRequestMethod().equals("GET") && path.startsWith("/tx/")) {
                Hash id = Hash.fromHex(path.substring(4));
                Optional<Long> h = loop.call(() -> node.store().heightOfTx(id));
                if (h.isPresent()) {
                    respond(ex, 200, Map.of("id", id.hex(), "height", h.get(), "finalized", true));
                } else {
                    respond(ex, 404, Map.of("error", "unknown or not yet finalised transaction " + id.hex()));
                }
            } else {
                respond(ex, 405, Map.of("error", "use POST /tx or GET /tx/<hash>"));
            }
        } catch (IllegalArgumentException e) {
            respond(ex, 400, Map.of("error", e.getMessage()));
        } catch (Exception e) {
            respond(ex, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private void block(HttpExchange ex) throws IOException {
        try {
            long h = Long.parseLong(ex.getRequestURI().getPath().substring("/block/".length()));
            Optional<StoredBlock> sb = loop.call(() -> node.store().get(h));
            if (sb.isEmpty()) {
                respond(ex, 404, Map.of("error", "no finalised block at height " + h));
                return;
            }
            Block b = sb.get().block();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("height", b.height());
            m.put("hash", b.hash().hex());
            m.put("parent", b.header().parent().hex());
            m.put("slot", b.header().slot());
            m.put("time_ns", b.header().timeNanos());
            m.put("producer", b.producer().hex());
            m.put("precommits", sb.get().certificate().precommits().size());
            m.put("txs", b.txs().stream().map(t -> t.id().hex()).toList());
            respond(ex, 200, m);
        } catch (NumberFormatException e) {
            respond(ex, 400, Map.of("error", "height must be an integer"));
        } catch (Exception e) {
            respond(ex, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private static void respond(HttpExchange ex, int code, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
