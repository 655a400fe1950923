package io.aigcnet.chain.http;

import io.aigcnet.chain.live.NodeApplication.NodeAccess;
import io.aigcnet.chain.observe.ChainSeries;
import io.aigcnet.chain.observe.NodeObserver;
import io.aigcnet.chain.observe.NodeSample;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's live feed: once a second, while at least one browser listens, one {@code tick} server-sent
 * event with the node's counters, its recent blocks (interval, TPS, finality latency, producer and signers) and
 * the application's snapshot. Everything is taken from the node's state; the page only draws it.
 */
public final class DashboardFeed implements AutoCloseable {
    /** Points of the chain charts sent per tick (the page keeps no history of its own beyond them). */
    static final int CHART_POINTS = 120;
    private final NodeAccess node;
    private final NodeObserver observer;
    private final AppView app;
    private final Queue<SseClient> clients = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService timer;
    private volatile String last;

    public DashboardFeed(NodeAccess node, NodeObserver observer, AppView app, String threadName) {
        this.node = node;
        this.observer = observer;
        this.app = app;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::push, 1, 1, TimeUnit.SECONDS);
    }

    /** A browser connected: it gets the current state at once, then every tick. */
    public void open(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        try {
            client.sendEvent("tick", last != null ? last : tick());
        } catch (Exception e) {
            clients.remove(client);
        }
    }

    private void push() {
        if (clients.isEmpty()) {
            return;
        }
        try {
            String json = tick();
            last = json;
            for (SseClient c : clients) {
                if (c.terminated()) {
                    clients.remove(c);
                } else {
                    c.sendEvent("tick", json);
                }
            }
        } catch (Exception e) {
            // the node may be shutting down; the next tick tries again
        }
    }

    /** The JSON of one tick (also {@code GET /dashboard/state}). */
    public String tick() throws Exception {
        return NodeHttpServer.JSON.writeValueAsString(state());
    }

    Map<String, Object> state() throws Exception {
        List<ChainSeries.Point> pts = node.call(n -> observer.points(CHART_POINTS));
        NodeSample s = observer.sample();
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("address", node.call(x -> x.address().hex()));
        n.put("height", s.height());
        n.put("finalized_height", s.finalizedHeight());
        n.put("round", s.round());
        n.put("pool_size", s.poolSize());
        n.put("pool_capacity", s.poolCapacity());
        n.put("peers_connected", s.peersConnected());
        n.put("verifications_per_s", s.verificationsPerSecond());
        m.put("node", n);
        m.put("points", pts.stream().map(DashboardFeed::point).toList());
        List<Map<String, Object>> recent = new ArrayList<>();
        for (int i = pts.size() - 1; i >= 0 && recent.size() < 10; i--) {
            ChainSeries.Point p = pts.get(i);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("height", p.height());
            b.put("hash", p.hash());
            b.put("producer", p.producer());
            b.put("txs", p.txs());
            b.put("first_txs", p.firstTxs());
            recent.add(b);
        }
        m.put("recent_blocks", recent);
        m.put("super_nodes", superNodes(s.superNodes(), pts));
        AppView.Snapshot snap = app.snapshot();
        m.put("app_source", app.source());
        m.put("app", snap);
        return m;
    }

    /** Each super node: blocks it produced and precommits it signed among the recent blocks. */
    private static List<Map<String, Object>> superNodes(List<String> supers, List<ChainSeries.Point> pts) {
        Map<String, int[]> counts = new TreeMap<>();
        supers.forEach(a -> counts.put(a, new int[2]));
        for (ChainSeries.Point p : pts) {
            counts.computeIfAbsent(p.producer(), k -> new int[2])[0]++;
            for (String v : p.signers()) {
                counts.computeIfAbsent(v, k -> new int[2])[1]++;
            }
        }
        ChainSeries.Point lastPoint = pts.isEmpty() ? null : pts.get(pts.size() - 1);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String a : supers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", a);
            m.put("produced", counts.get(a)[0]);
            m.put("precommits", counts.get(a)[1]);
            m.put("signed_last", lastPoint != null && lastPoint.signers().contains(a));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> point(ChainSeries.Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("height", p.height());
        m.put("time_s", p.timeS());
        m.put("interval_s", finite(p.intervalS()));
        m.put("txs", p.txs());
        m.put("tps", finite(p.tps()));
        m.put("latency_p50_s", finite(p.latencyP50S()));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
