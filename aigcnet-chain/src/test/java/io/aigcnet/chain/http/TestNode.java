package io.aigcnet.chain.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.live.LiveNode;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.chain.live.NodeConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;

/** A one-node live network in this JVM (the node is its own super node), with a small HTTP client. */
final class TestNode implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final LiveNode node;
    final LocalNetwork.Plan plan;
    final int http;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    TestNode(Path dir, long intervalMs, NodeApplication app) throws Exception {
        this(dir, intervalMs, app, java.util.function.UnaryOperator.identity());
    }

    /** {@code adjust} may change the node's config (for example its pool capacity). */
    TestNode(Path dir, long intervalMs, NodeApplication app, java.util.function.UnaryOperator<NodeConfig> adjust) throws Exception {
        int base = LocalNetwork.freeBasePort(1);
        plan = LocalNetwork.plan(1, dir, base, intervalMs, 2, RandomSource.SPLIT_MIX_64.create(5L), System.currentTimeMillis());
        NodeConfig cfg = adjust.apply(plan.nodes().get(0));
        http = cfg.httpPort();
        node = new LiveNode(cfg, app);
        node.start();
    }

    KeyPair client(int i) {
        return KeyPair.fromSeedHex(plan.clientSeeds().get(i));
    }

    String url(String path) {
        return "http://127.0.0.1:" + http + path;
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String path) throws Exception {
        return JSON.readTree(send("GET", path, null, null).body());
    }

    long finalized() throws Exception {
        return get("/status").get("finalized_height").asLong();
    }

    void awaitHeight(long h, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (finalized() < h) {
            if (System.nanoTime() > end) {
                throw new AssertionError("node did not reach finalised height " + h + " in " + seconds + " s: " + get("/status"));
            }
            Thread.sleep(50);
        }
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }

    @Override
    public void close() {
        node.close();
    }
}
