package io.aigcnet.chain.http;

import io.aigcnet.chain.observe.NodeMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard page and its assets (uPlot from its webjar on the classpath: nothing from a CDN), the live feed,
 * Prometheus metrics, and the application panels' JSON ({@code /channels}, {@code /rollups},
 * {@code /reputations}, {@code /storage}, {@code /rounds}).
 */
public final class DashboardRoutes {
    private static final String PAGE = "/io/aigcnet/chain/http/dashboard/";
    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final Map<String, String[]> ASSETS = Map.of(
            "dashboard.js", new String[] {PAGE + "dashboard.js", "text/javascript; charset=utf-8"},
            "dashboard.css", new String[] {PAGE + "dashboard.css", "text/css; charset=utf-8"},
            "uPlot.iife.min.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"},
            "uPlot.min.css", new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"});

    private final DashboardFeed feed;
    private final NodeMetrics metrics;
    private final AppView app;

    public DashboardRoutes(DashboardFeed feed, NodeMetrics metrics, AppView app) {
        this.feed = feed;
        this.metrics = metrics;
        this.app = app;
    }

    public void register(NodeHttpServer http) {
        http.get("/", ctx -> NodeHttpServer.resource(ctx, PAGE + "index.html", "text/html; charset=utf-8"));
        http.get("/assets/{file}", ctx -> {
            String[] a = ASSETS.get(ctx.pathParam("file"));
            if (a == null) {
                throw ApiError.notFound("no asset " + ctx.pathParam("file") + "; assets are " + ASSETS.keySet());
            }
            NodeHttpServer.resource(ctx, a[0], a[1]);
        });
        http.sse("/events", feed::open);
        http.get("/dashboard/state", ctx -> ctx.contentType("application/json").result(feed.tick()));
        http.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        http.get("/channels", ctx -> ctx.json(part("channels", AppView.Snapshot::channels)));
        http.get("/rollups", ctx -> ctx.json(part("rollups", AppView.Snapshot::rollups)));
        http.get("/reputations", ctx -> ctx.json(part("reputations", AppView.Snapshot::reputations)));
        http.get("/storage", ctx -> ctx.json(part("storage", AppView.Snapshot::storage)));
        http.get("/rounds", ctx -> ctx.json(part("rounds", AppView.Snapshot::rounds)));
    }

    private Map<String, Object> part(String name, Function<AppView.Snapshot, Object> f) {
        AppView.Snapshot s = app.snapshot();
        if (s == null) {
            throw ApiError.notFound("this node runs no layer-2 application, so it has no " + name
                    + "; 'aigcnet demo --dashboard' runs one");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", app.source());
        m.put("time_s", s.timeS());
        m.put(name, f.apply(s));
        return m;
    }

    /** Asset names served under {@code /assets/}. */
    static List<String> assets() {
        return List.copyOf(ASSETS.keySet());
    }
}
