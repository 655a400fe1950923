package io.aigcnet.chain.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.tx.Transaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Throughput and latency of a live loopback network: starts N node processes, injects signed transfers
 * over HTTP at a constant rate for the given duration, follows node 0's finalised blocks, stops the
 * network. Latency is submit → the poll that first sees the transaction in a finalised block of node 0
 * (polled every 100 ms, so up to 0.1 s late). {@code signaturesVerified} is true only if the network
 * refused a transaction with a forged signature during the run.
 */
public final class LiveBench {
    /**
     * The bench result of one offered load.
     *
     * @param tps finalised transactions per second (accepted and finalised, over the injection window)
     * @param refused transactions the nodes refused at admission (pool full: HTTP 429)
     * @param cpuPerNode CPU cores each node process used on average during the step
     * @param verificationsPerTxPerNode signature checks computed per accepted transaction, per node (1 = each
     *     signature verified once per node; votes are included, so it is slightly above 1 at low load)
     */
    public record Result(double offeredTps, double tps, double latencyP50, double latencyP95, double latencyP99,
            boolean signaturesVerified, long submitted, long refused, long finalised, List<Double> cpuPerNode,
            double verificationsPerTxPerNode) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Raw single-core Ed25519 verification rate of this machine, measured now (for the physical limit:
     * rate x cores / nodes, since every node verifies every transaction once).
     */
    public static double rawVerifyRatePerCore(double seconds) {
        var rng = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(99L);
        KeyPair k = KeyPair.generate(rng);
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            txs.add(Transaction.transfer(k, k.address(), i + 1, 1, 1, SignatureScheme.ed25519()));
        }
        SignatureScheme ed = SignatureScheme.ed25519();
        for (int i = 0; i < 2_000; i++) { // warm-up for the JIT
            txs.get(i % txs.size()).verifySignature(ed);
        }
        long n = 0;
        long t0 = System.nanoTime(); // ambient-ok: benchmark timing
        long end = t0 + (long) (seconds * 1e9);
        long t = t0;
        while (t < end) {
            for (int i = 0; i < 64; i++) {
                txs.get((int) (n++ % txs.size())).verifySignature(ed);
            }
            t = System.nanoTime(); // ambient-ok: benchmark timing
        }
        return n / ((t - t0) / 1e9);
    }

    public Result run(List<String> nodeCommand, Path dir, int nodes, int basePort, double durationS, int tps, long intervalMs,
            UniformRandomProvider rng) throws Exception {
        LocalNetwork.Plan plan = LocalNetwork.plan(nodes, dir, basePort, intervalMs, 16, rng,
                System.currentTimeMillis() + 4000); // ambient-ok: live genesis time
        List<Path> configs = LocalNetwork.write(plan, dir);
        List<Process> procs = LocalNetwork.spawn(nodeCommand, configs, dir);
        try {
            List<Integer> ports = new ArrayList<>();
            plan.nodes().forEach(c -> ports.add(c.httpPort()));
            waitUntil(() -> ports.stream().allMatch(p -> height(p) >= 1), procs, dir, 60,
                    "nodes did not start finalising blocks within 60 s");
            List<KeyPair> clients = new ArrayList<>();
            plan.clientSeeds().forEach(s -> clients.add(KeyPair.fromSeedHex(s)));
            long[] nonces = new long[clients.size()];
            Map<String, Long> submittedAt = new HashMap<>();
            LatencyRecorder latency = new LatencyRecorder();
            boolean forgedRefused = submitForged(ports.get(0), clients);
            long[] verifBefore = new long[nodes];
            double[] cpuBefore = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                verifBefore[i] = counter(ports.get(i), "signature_verifications");
                cpuBefore[i] = cpuSeconds(procs.get(i));
            }
            long start = System.nanoTime(); // ambient-ok: live benchmark timing
            long end = start + (long) (durationS * 1e9);
            long next = start;
            long seen = height(ports.get(0));
            long injected = 0;
            long accepted = 0;
            long refused = 0;
            long lastFinal = start;
            int target = 0;
            // after injection stops, wait up to 30 s for the backlog to finalise
            while (System.nanoTime() < end + 30_000_000_000L) { // ambient-ok: live benchmark timing
                long now = System.nanoTime(); // ambient-ok: live benchmark timing
                if (now < end && now >= next) {
                    long due = (long) ((now - start) / 1e9 * tps) - injected;
                    StringBuilder body = new StringBuilder();
                    for (long i = 0; i < due; i++) {
                        int c = rng.nextInt(clients.size());
                        Transaction t = Transaction.transfer(clients.get(c), clients.get((c + 1) % clients.size()).address(),
                                ++nonces[c], 1 + rng.nextInt(1000), 1, SignatureScheme.ed25519());
                        body.append(HexFormat.of().formatHex(t.encode())).append('\n');
                    }
                    injected += due;
                    if (due > 0) {
                        long sent = System.nanoTime(); // ambient-ok: live benchmark timing
                        try {
                            JsonNode answer = post(ports.get(target++ % ports.size()), body.toString());
                            for (JsonNode r : answer) {
                                if (r.path("accepted").asBoolean(false)) {
                                    submittedAt.put(r.get("id").asText(), sent);
                                    accepted++;
                                } else {
                                    refused++;
                                }
                            }
                        } catch (java.io.IOException | InterruptedException e) {
                            refused += due;
                        }
                    }
                    next = now + 50_000_000L;
                }
                long h = height(ports.get(0));
                while (seen < h) {
                    seen++;
                    JsonNode b = get(ports.get(0), "/block/" + seen);
                    long t = System.nanoTime(); // ambient-ok: live benchmark timing
                    if (b != null && b.has("txs")) {
                        for (JsonNode id : b.get("txs")) {
                            Long at = submittedAt.remove(id.asText());
                            if (at != null) {
                                latency.add((t - at) / 1e9);
                                lastFinal = t;
                            }
                        }
                    }
                }
                if (now >= end && submittedAt.isEmpty()) {
                    break;
                }
                Thread.sleep(20);
            }
            double wall = (System.nanoTime() - start) / 1e9; // ambient-ok: live benchmark timing
            List<Double> cpu = new ArrayList<>();
            long verif = 0;
            for (int i = 0; i < nodes; i++) {
                cpu.add((cpuSeconds(procs.get(i)) - cpuBefore[i]) / wall);
                verif += counter(ports.get(i), "signature_verifications") - verifBefore[i];
            }
            double elapsed = Math.max(durationS, (lastFinal - start) / 1e9);
            return new Result(tps, latency.count() / elapsed, latency.percentile(50), latency.percentile(95),
                    latency.percentile(99), forgedRefused, injected, refused, latency.count(), cpu,
                    accepted == 0 ? 0 : (double) verif / nodes / accepted);
        } finally {
            LocalNetwork.stop(dir);
        }
    }

    private static double cpuSeconds(Process p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    private long counter(int port, String field) {
        JsonNode s = get(port, "/status");
        return s == null ? 0 : s.path(field).asLong(0);
    }

    private boolean submitForged(int port, List<KeyPair> clients) throws Exception {
        Transaction byOther = Transaction.transfer(clients.get(1), clients.get(2).address(), 1, 5, 1, SignatureScheme.ed25519());
        byte[] spliced = byOther.encode();
        System.arraycopy(clients.get(0).address().publicKey(), 0, spliced, 1, 32);
        JsonNode r = post(port, HexFormat.of().formatHex(spliced));
        return r != null && r.get(0).get("reason").asText().equals("BAD_SIGNATURE");
    }

    private long height(int port) {
        JsonNode s = get(port, "/status");
        return s == null ? -1 : s.get("finalized_height").asLong();
    }

    private JsonNode get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            return null;
        }
    }

    private JsonNode post(int port, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tx"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Waits for {@code cond}; fails at once, naming the node and its log, if a node process has died. */
    private static void waitUntil(java.util.function.BooleanSupplier cond, List<Process> procs, Path dir, int seconds,
            String error) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L; // ambient-ok: live benchmark timing
        while (!cond.getAsBoolean()) {
            for (int i = 0; i < procs.size(); i++) {
                if (!procs.get(i).isAlive()) {
                    throw new IllegalStateException("node " + i + " exited with code " + procs.get(i).exitValue()
                            + " during start-up; see " + dir.resolve("node-" + i + ".log"));
                }
            }
            if (System.nanoTime() > end) { // ambient-ok: live benchmark timing
                throw new IllegalStateException(error);
            }
            Thread.sleep(250);
        }
    }
}
