package io.aigcnet.chain.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.chain.live.ApiRoute;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The node's HTTP server on Javalin (Jetty). Every answer is JSON except the dashboard's static files,
 * {@code /metrics} (Prometheus text) and {@code /events} (server-sent events); every failure, 404 and 405
 * included, is {@code {"error": reason, "status": code, "path": path}}. Routes are registered through this
 * class so {@link #routes()} lists them (docs/api.md is checked against that list).
 */
public final class NodeHttpServer implements AutoCloseable {
    /** A registered route: method and Javalin path pattern. */
    public record Route(String method, String path) {
    }

    /** The JSON mapper of every endpoint: snake_case record components, ISO-free numbers. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Javalin app;
    private final String host;
    private final int port;
    private final List<Route> routes = new ArrayList<>();

    public NodeHttpServer(String host, int port) {
        this.host = host;
        this.port = port;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = 64L * 1024 * 1024; // batches of hex transactions
            cfg.jsonMapper(new JavalinJackson(JSON, false));
            // a few threads per node: four nodes share two cores on a developer machine
            QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
            pool.setName("aigcnet-http-" + port);
            pool.setDaemon(true);
            cfg.jetty.threadPool = pool;
        });
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), describe(e, ctx)));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, String.valueOf(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    private static String describe(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404) {
            return "no endpoint " + ctx.method() + " " + ctx.path() + " (see docs/api.md, or GET / for the dashboard)";
        }
        if (e.getStatus() == 405) {
            return "method " + ctx.method() + " is not allowed on " + ctx.path() + " (see docs/api.md)";
        }
        return e.getMessage();
    }

    private static void error(Context ctx, int status, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", reason);
        m.put("status", status);
        m.put("path", ctx.path());
        ctx.status(status).json(m);
    }

    public void get(String path, Handler h) {
        add(HandlerType.GET, path, h);
    }

    public void post(String path, Handler h) {
        add(HandlerType.POST, path, h);
    }

    private void add(HandlerType method, String path, Handler h) {
        app.addHttpHandler(method, path, h);
        routes.add(new Route(method.name(), path));
    }

    /** A server-sent-event stream: {@code onOpen} keeps the client for later events. */
    public void sse(String path, Consumer<SseClient> onOpen) {
        // Javalin streams only to clients that ask for an event stream; say so to the others instead of a blank 200
        app.before(path, ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new ApiError(406, "GET " + path + " is a server-sent-event stream: send 'Accept: text/event-stream' "
                        + "(a browser's EventSource does), or read GET /dashboard/state once");
            }
        });
        app.sse(path, onOpen);
        routes.add(new Route("GET", path));
    }

    /** Mounts an application's routes under its prefix (GET and POST, any path below it). */
    public void mount(ApiRoute route) {
        String prefix = route.prefix().endsWith("/") ? route.prefix() : route.prefix() + "/";
        Handler h = ctx -> {
            Map<String, String> query = new LinkedHashMap<>();
            ctx.queryParamMap().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
            ApiRoute.Response r = route.handle(ctx.method().name(), ctx.path(), query, ctx.bodyAsBytes());
            if (r.status() >= 400 && r.json() instanceof Map<?, ?> m && m.containsKey("error")) {
                error(ctx, r.status(), String.valueOf(m.get("error")));
            } else {
                ctx.status(r.status()).json(r.json());
            }
        };
        add(HandlerType.GET, prefix + "<path>", h);
        add(HandlerType.POST, prefix + "<path>", h);
    }

    /** Serves a classpath resource with {@code contentType}; 404 as JSON when it is missing. */
    public static void resource(Context ctx, String classpath, String contentType) throws IOException {
        InputStream in = NodeHttpServer.class.getResourceAsStream(classpath);
        if (in == null) {
            throw ApiError.notFound("no asset " + ctx.path());
        }
        try (in) {
            ctx.contentType(contentType).header("Cache-Control", "max-age=60").result(in.readAllBytes());
        }
    }

    public void start() {
        app.start(host, port);
    }

    /** The port actually bound (useful when constructed with port 0). */
    public int port() {
        return app.port();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        app.stop();
    }
}
