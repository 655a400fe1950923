package io.aigcnet.chain.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.chain.tx.Transaction;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full pool answers 429 with Retry-After, names POOL_FULL per transaction, and the refused one reads as rejected. */
class PoolFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullPoolAnswers429WithRetryAfterAndTheReason() throws Exception {
        // one slot in the pool and a block a minute: the first transfer fills it, the second finds it full
        try (TestNode n = new TestNode(dir, 60_000, NodeApplication.NONE, c -> new NodeConfig(c.id(), c.keySeedHex(),
                c.listenHost(), c.listenPort(), c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), c.blockCapacity(),
                c.poolOrdering(), 1, c.peers(), c.superNodes(), c.balances()))) {
            Transaction a = Transaction.transfer(n.client(0), n.client(1).address(), 1, 5, 10, SignatureScheme.ed25519());
            Transaction b = Transaction.transfer(n.client(1), n.client(0).address(), 1, 5, 10, SignatureScheme.ed25519());
            String body = HexFormat.of().formatHex(a.encode()) + "\n" + HexFormat.of().formatHex(b.encode()) + "\n";
            HttpResponse<String> r = n.send("POST", "/tx", "text/plain", body);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).contains("1");
            JsonNode res = TestNode.JSON.readTree(r.body());
            assertThat(res.get(0).get("accepted").asBoolean()).isTrue();
            assertThat(res.get(1).get("accepted").asBoolean()).isFalse();
            assertThat(res.get(1).get("reason").asText()).isEqualTo("POOL_FULL");
            assertThat(n.get("/tx/" + a.id().hex()).get("state").asText()).isEqualTo("pooled");
            JsonNode refused = n.get("/tx/" + b.id().hex());
            assertThat(refused.get("state").asText()).isEqualTo("rejected");
            assertThat(refused.get("reason").asText()).isEqualTo("POOL_FULL");
            String metrics = n.send("GET", "/metrics", null, null).body();
            assertThat(PrometheusText.parse(metrics).get("aigcnet_tx_rejected_total{reason=\"POOL_FULL\"}")).isEqualTo(1.0);
        }
    }

    /** Clients may fill half of a pool of 8: the next batch is shed whole, before decoding, one POOL_FULL per line. */
    @Test
    void beyondTheClientLimitWholeBatchesAreShedBeforeDecoding() throws Exception {
        try (TestNode n = new TestNode(dir, 60_000, NodeApplication.NONE, c -> new NodeConfig(c.id(), c.keySeedHex(),
                c.listenHost(), c.listenPort(), c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), c.blockCapacity(),
                c.poolOrdering(), 8, c.peers(), c.superNodes(), c.balances()))) {
            StringBuilder first = new StringBuilder();
            for (int k = 1; k <= 4; k++) {
                first.append(HexFormat.of().formatHex(Transaction.transfer(n.client(0), n.client(1).address(), k, 5, 10,
                        SignatureScheme.ed25519()).encode())).append('\n');
            }
            HttpResponse<String> ok = n.send("POST", "/tx", "text/plain", first.toString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(TestNode.JSON.readTree(ok.body())).allSatisfy(e -> assertThat(e.get("accepted").asBoolean()).isTrue());
            // the shed batch is not even decoded: a line that is not a transaction is answered the same way
            HttpResponse<String> shed = n.send("POST", "/tx", "text/plain", "00\nzz\n"
                    + HexFormat.of().formatHex(Transaction.transfer(n.client(0), n.client(1).address(), 5, 5, 10,
                            SignatureScheme.ed25519()).encode()) + "\n");
            assertThat(shed.statusCode()).isEqualTo(429);
            assertThat(shed.headers().firstValue("Retry-After")).contains("1");
            JsonNode res = TestNode.JSON.readTree(shed.body());
            assertThat(res).hasSize(3).allSatisfy(e -> {
                assertThat(e.get("accepted").asBoolean()).isFalse();
                assertThat(e.get("reason").asText()).isEqualTo("POOL_FULL");
                assertThat(e.has("id")).isFalse();
            });
            String metrics = n.send("GET", "/metrics", null, null).body();
            assertThat(PrometheusText.parse(metrics).get("aigcnet_tx_rejected_total{reason=\"POOL_FULL\"}")).isEqualTo(3.0);
        }
    }
}
