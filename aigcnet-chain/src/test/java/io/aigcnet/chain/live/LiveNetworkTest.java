package io.aigcnet.chain.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three node processes on loopback: blocks finalise, a transfer lands, a kill -9'd node restarts from its store. */
@Tag("live")
class LiveNetworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    private JsonNode get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            return null;
        }
    }

    private long height(int port) {
        JsonNode s = get(port, "/status");
        return s == null ? -1 : s.get("finalized_height").asLong();
    }

    private boolean waitFor(java.util.function.BooleanSupplier cond, long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (cond.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return cond.getAsBoolean();
    }

    @Test
    void threeProcessesFinaliseBlocksAndSurviveKillNine() throws Exception {
        int base = LocalNetwork.freeBasePort(3);
        LocalNetwork.Plan plan = LocalNetwork.plan(3, dir, base, 500, 2, RandomSource.SPLIT_MIX_64.create(9L),
                System.currentTimeMillis() + 2000);
        List<Path> configs = LocalNetwork.write(plan, dir);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), NodeMain.class.getName());
        List<Process> procs = new ArrayList<>(LocalNetwork.spawn(cmd, configs, dir));
        int[] ports = {base + 1, base + 3, base + 5};
        try {
            assertThat(waitFor(() -> height(ports[0]) >= 3 && height(ports[1]) >= 3 && height(ports[2]) >= 3, 60))
                    .as("all three nodes finalise blocks").isTrue();
            KeyPair alice = KeyPair.fromSeedHex(plan.clientSeeds().get(0));
            KeyPair bob = KeyPair.fromSeedHex(plan.clientSeeds().get(1));
            Transaction tx = Transaction.transfer(alice, bob.address(), 1, 10, 123, SignatureScheme.ed25519());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[1] + "/tx"))
                    .POST(HttpRequest.BodyPublishers.ofString(HexFormat.of().formatHex(tx.encode()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(r.body()).get(0).get("accepted").asBoolean()).isTrue();
            assertThat(waitFor(() -> {
                JsonNode t = get(ports[2], "/tx/" + tx.id().hex());
                return t != null && t.has("height");
            }, 30)).as("transfer finalised on another node").isTrue();
            // kill -9 node 2, restart it from its RocksDB store, and let it catch up
            long before = height(ports[2]);
            procs.get(2).destroyForcibly().waitFor();
            Thread.sleep(1500);
            Process again = new ProcessBuilder(new ArrayList<>(cmd) {
                {
                    add("--config");
                    add(configs.get(2).toString());
                }
            }).redirectErrorStream(true).redirectOutput(dir.resolve("node-2b.log").toFile()).start();
            procs.set(2, again);
            assertThat(waitFor(() -> height(ports[2]) >= before, 30)).as("restarted node keeps its finalised blocks").isTrue();
            assertThat(waitFor(() -> height(ports[2]) >= height(ports[0]) - 1 && height(ports[2]) > before + 2, 40))
                    .as("restarted node catches up").isTrue();
            JsonNode b0 = get(ports[0], "/block/" + before);
            JsonNode b2 = get(ports[2], "/block/" + before);
            assertThat(b2.get("hash")).isEqualTo(b0.get("hash"));
        } catch (AssertionError e) {
            for (int i = 0; i < 3; i++) {
                Path log = dir.resolve("node-" + i + ".log");
                if (java.nio.file.Files.exists(log)) {
                    System.out.println("---- node " + i + " status " + get(ports[i], "/status") + "\n" + java.nio.file.Files.readString(log));
                }
            }
            throw e;
        } finally {
            for (Process p : procs) {
                p.destroyForcibly();
            }
        }
    }
}
