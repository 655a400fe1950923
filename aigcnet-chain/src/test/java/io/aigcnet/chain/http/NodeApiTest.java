package io.aigcnet.chain.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.chain.tx.Transaction;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's JSON API on a one-node live network: every endpoint, transaction states, and JSON errors. */
class NodeApiTest {
    @TempDir
    static Path dir;
    static TestNode n;

    @BeforeAll
    static void start() throws Exception {
        n = new TestNode(dir, 150, NodeApplication.NONE);
        n.awaitHeight(2, 60);
    }

    @AfterAll
    static void stop() {
        n.close();
    }

    private static String hex(Transaction tx) {
        return HexFormat.of().formatHex(tx.encode());
    }

    @Test
    void statusCarriesTheFieldsOtherToolsRead() throws Exception {
        JsonNode s = n.get("/status");
        for (String f : new String[] {"address", "height", "finalized_height", "round", "peers", "pool_size", "pool_capacity",
                "admitted", "rejected", "signature_verifications", "signature_cache_hits", "malformed_messages", "super_nodes"}) {
            assertThat(s.has(f)).as("status has " + f + ": " + s).isTrue();
        }
        assertThat(s.get("finalized_height").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTransferGoesFromPooledToFinalisedAndItsBlockIsFoundByHeightAndHash() throws Exception {
        KeyPair alice = n.client(0);
        KeyPair bob = n.client(1);
        Transaction tx = Transaction.transfer(alice, bob.address(), 1, 5, 1000, SignatureScheme.ed25519());
        // the JSON form of POST /tx
        HttpResponse<String> r = n.send("POST", "/tx", "application/json", "{\"transactions\":[\"" + hex(tx) + "\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode res = TestNode.JSON.readTree(r.body()).get(0);
        assertThat(res.get("accepted").asBoolean()).isTrue();
        assertThat(res.get("state").asText()).isEqualTo("pooled");
        long end = System.nanoTime() + 20_000_000_000L;
        JsonNode st;
        do {
            Thread.sleep(50);
            st = n.get("/tx/" + tx.id().hex());
        } while (!st.get("state").asText().equals("finalised") && System.nanoTime() < end);
        assertThat(st.get("state").asText()).isEqualTo("finalised");
        long h = st.get("height").asLong();
        JsonNode byHeight = n.get("/blocks/" + h);
        assertThat(byHeight.get("txs").toString()).contains(tx.id().hex());
        JsonNode byHash = n.get("/blocks/0x" + byHeight.get("hash").asText());
        assertThat(byHash.get("height").asLong()).isEqualTo(h);
        assertThat(n.get("/block/" + h).get("time_ns").asLong()).isPositive();
        JsonNode acct = n.get("/accounts/" + bob.address().hex());
        assertThat(acct.get("balance").asLong()).isEqualTo(LocalNetwork.CLIENT_BALANCE + 1000);
        assertThat(n.get("/blocks?limit=3").get("blocks").size()).isEqualTo(3);
    }

    @Test
    void aTransferTheSenderCannotCoverIsRejectedWithItsReason() throws Exception {
        KeyPair alice = n.client(0);
        Transaction tx = Transaction.transfer(alice, n.client(1).address(), 7, 1, LocalNetwork.CLIENT_BALANCE * 10,
                SignatureScheme.ed25519());
        HttpResponse<String> r = n.send("POST", "/tx", "text/plain", hex(tx) + "\n");
        JsonNode res = TestNode.JSON.readTree(r.body()).get(0);
        assertThat(res.get("accepted").asBoolean()).isFalse();
        assertThat(res.get("reason").asText()).isEqualTo("INSUFFICIENT_BALANCE");
        JsonNode st = n.get("/tx/" + tx.id().hex());
        assertThat(st.get("state").asText()).isEqualTo("rejected");
        assertThat(st.get("reason").asText()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(st.get("detail").asText()).startsWith("refused at admission");
    }

    @Test
    void failuresAreJsonWithAReason() throws Exception {
        HttpResponse<String> notFound = n.send("GET", "/nope", null, null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(TestNode.JSON.readTree(notFound.body()).get("error").asText()).contains("/nope");
        HttpResponse<String> wrongMethod = n.send("POST", "/status", "application/json", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(TestNode.JSON.readTree(wrongMethod.body()).get("error").asText()).contains("POST");
        HttpResponse<String> badId = n.send("GET", "/tx/xyz", null, null);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(TestNode.JSON.readTree(badId.body()).get("error").asText()).contains("64 hex digits");
        HttpResponse<String> unknown = n.send("GET", "/tx/" + "ab".repeat(32), null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(TestNode.JSON.readTree(unknown.body()).get("error").asText()).contains("unknown transaction");
        HttpResponse<String> noBlock = n.send("GET", "/blocks/99999999", null, null);
        assertThat(noBlock.statusCode()).isEqualTo(404);
        HttpResponse<String> empty = n.send("POST", "/tx", "text/plain", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        HttpResponse<String> badJson = n.send("POST", "/tx", "application/json", "{\"x\":1}");
        assertThat(badJson.statusCode()).isEqualTo(400);
        HttpResponse<String> noApp = n.send("GET", "/reputations", null, null);
        assertThat(noApp.statusCode()).isEqualTo(404);
        assertThat(TestNode.JSON.readTree(noApp.body()).get("error").asText()).contains("no layer-2 application");
        for (HttpResponse<String> r : java.util.List.of(notFound, wrongMethod, badId, unknown, noBlock, empty, badJson, noApp)) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        }
    }

    @Test
    void peersPoolAccountsAndDashboardAssets() throws Exception {
        awaitSampledBlock(); // the dashboard state below must show a finalised block
        JsonNode peers = n.get("/peers");
        assertThat(peers.size()).isEqualTo(1);
        assertThat(peers.get(0).get("self").asBoolean()).isTrue();
        assertThat(n.get("/pool").get("capacity").asInt()).isPositive();
        assertThat(n.get("/accounts").size()).isEqualTo(2);
        HttpResponse<String> page = n.send("GET", "/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/assets/uPlot.iife.min.js");
        for (String a : DashboardRoutes.assets()) {
            assertThat(n.send("GET", "/assets/" + a, null, null).statusCode()).as(a).isEqualTo(200);
        }
        JsonNode state = TestNode.JSON.readTree(n.send("GET", "/dashboard/state", null, null).body());
        assertThat(state.get("node").get("finalized_height").asLong()).isPositive();
        assertThat(state.get("app").isNull()).isTrue();
    }

    @Test
    void metricsAreValidPrometheusTextWithTheNodesSeries() throws Exception {
        Transaction tx = Transaction.transfer(n.client(1), n.client(0).address(), 9, 1, LocalNetwork.CLIENT_BALANCE * 3,
                SignatureScheme.ed25519());
        n.send("POST", "/tx", "text/plain", hex(tx));
        HttpResponse<String> r = n.send("GET", "/metrics", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        java.util.Map<String, Double> samples = PrometheusText.parse(r.body());
        for (String name : new String[] {"aigcnet_blocks_finalized_total", "aigcnet_height_blocks", "aigcnet_finalized_height_blocks",
                "aigcnet_pool_size_transactions", "aigcnet_pool_capacity_transactions", "aigcnet_tx_admitted_total",
                "aigcnet_peers_connected", "aigcnet_signature_verifications_total", "aigcnet_signature_verifications_per_second",
                "aigcnet_finality_latency_seconds_count", "jvm_memory_used_bytes", "jvm_threads_live_threads",
                "process_uptime_seconds"}) {
            assertThat(samples.keySet().stream().anyMatch(k -> k.equals(name) || k.startsWith(name + "{")))
                    .as("metric " + name).isTrue();
        }
        assertThat(samples.keySet().stream().anyMatch(k -> k.startsWith("aigcnet_finality_latency_seconds_bucket{") && k.contains("le=")))
                .as("finality latency is a histogram").isTrue();
        assertThat(samples.get("aigcnet_tx_rejected_total{reason=\"INSUFFICIENT_BALANCE\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(samples.get("aigcnet_blocks_finalized_total")).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void docsApiMdDocumentsExactlyTheRegisteredRoutes() throws Exception {
        Path doc = Path.of("..", "docs", "api.md");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        var heading = java.util.regex.Pattern.compile("^### (GET|POST) (/\\S*)\\s*$");
        for (String line : java.nio.file.Files.readAllLines(doc)) {
            var m = heading.matcher(line);
            if (m.matches()) {
                documented.add(m.group(1) + " " + m.group(2));
            }
        }
        java.util.Set<String> registered = new java.util.TreeSet<>();
        n.node.http().routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertThat(documented).as("routes in docs/api.md (### METHOD /path headings)").isEqualTo(registered);
    }

    @Test
    void eventsStreamTicksWithTheNodesState() throws Exception {
        awaitSampledBlock(); // the first tick must show a finalised block
        HttpResponse<String> plain = n.send("GET", "/events", null, null);
        assertThat(plain.statusCode()).isEqualTo(406);
        assertThat(TestNode.JSON.readTree(plain.body()).get("error").asText()).contains("Accept: text/event-stream");
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(n.url("/events")))
                .header("Accept", "text/event-stream").timeout(java.time.Duration.ofSeconds(20)).build();
        HttpResponse<java.util.stream.Stream<String>> r = java.net.http.HttpClient.newHttpClient().send(req,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        java.util.List<String> ticks = new java.util.ArrayList<>();
        try (var lines = r.body()) {
            var it = lines.iterator();
            String event = null;
            while (ticks.size() < 2 && it.hasNext()) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "tick".equals(event)) {
                    ticks.add(line.substring(5).trim());
                }
            }
        }
        assertThat(ticks).hasSize(2);
        JsonNode first = TestNode.JSON.readTree(ticks.get(0));
        JsonNode second = TestNode.JSON.readTree(ticks.get(1));
        assertThat(first.get("node").get("finalized_height").asLong()).isPositive();
        assertThat(second.get("points").size()).isPositive();
        assertThat(second.get("super_nodes").get(0).get("address").asText()).isEqualTo(n.get("/status").get("address").asText());
    }

    /** The dashboard reads the node's once-a-second sample, which can trail /status by up to a second. */
    private void awaitSampledBlock() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (TestNode.JSON.readTree(n.send("GET", "/dashboard/state", null, null).body())
                .get("node").get("finalized_height").asLong() < 1) {
            assertThat(System.nanoTime()).as("no finalised block sampled within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
