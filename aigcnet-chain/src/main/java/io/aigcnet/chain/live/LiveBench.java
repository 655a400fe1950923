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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Throughput and latency of a live loopback network. {@link #open} starts N node processes; each
 * {@link Session#step} injects signed transfers over HTTP at a constant offered rate, follows node 0's
 * finalised blocks, and waits for the backlog to drain. The transactions of a step are signed before its
 * clock starts, so the load generator's own signing does not compete with the nodes for the cores during
 * the measurement. One submitter thread per node posts that node's share every 50 ms (open loop: a slow
 * node does not slow the others, and a refused transaction is counted, not retried). Latency is the send
 * of its batch → the poll that first sees the transaction in a finalised block of node 0 (polled every
 * 50 ms, so up to 0.05 s late).
 */
public final class LiveBench {
    /**
     * The bench result of one offered load.
     *
     * @param tps finalised transactions per second (over the injection window, or until the last one finalised)
     * @param refused transactions the nodes refused at admission (pool full: HTTP 429, or unreachable)
     * @param cpuPerNode CPU cores each node process used on average during the step
     * @param verificationsPerTxPerNode signature checks computed per accepted transaction, per node (1 = each
     *     signature verified once per node; votes are included, so it is slightly above 1 at low load)
     * @param refusedByReason the refusals by the node's reason (POOL_FULL, ...; UNREACHABLE for a failed request)
     */
    public record Result(double offeredTps, double tps, double latencyP50, double latencyP95, double latencyP99,
            boolean signaturesVerified, long submitted, long refused, long finalised, List<Double> cpuPerNode,
            double verificationsPerTxPerNode, Map<String, Long> refusedByReason) {
    }

    /**
     * The network under test.
     *
     * @param blockCapacity S_b, transactions per block
     * @param poolCapacity each node's pool bound; beyond it a client gets HTTP 429
     * @param clients funded client accounts; transactions go round-robin over them, each with its own nonces
     */
    public record Settings(int nodes, int basePort, long intervalMs, int blockCapacity, int poolCapacity, int clients) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TICK_NANOS = 50_000_000L;

    private LiveBench() {
    }

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

    /** Starts the network and waits until every node finalises blocks. */
    public static Session open(List<String> nodeCommand, Path dir, Settings s, UniformRandomProvider rng) throws Exception {
        LocalNetwork.Plan plan = LocalNetwork.plan(s.nodes(), dir, s.basePort(), s.intervalMs(), s.clients(), rng,
                System.currentTimeMillis() + 4000) // ambient-ok: live genesis time
                .withCapacities(s.blockCapacity(), s.poolCapacity());
        List<Path> configs = LocalNetwork.write(plan, dir);
        List<Process> procs = LocalNetwork.spawn(nodeCommand, configs, dir);
        try {
            return new Session(plan, procs, dir);
        } catch (Exception | Error e) {
            LocalNetwork.stop(dir);
            throw e;
        }
    }

    /** A running network; close it to stop the node processes. */
    public static final class Session implements AutoCloseable {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final Path dir;
        private final List<Process> procs;
        private final List<Integer> ports = new ArrayList<>();
        private final List<KeyPair> clients = new ArrayList<>();
        private final long[] nonces;
        private final boolean forgedRefused;

        private Session(LocalNetwork.Plan plan, List<Process> procs, Path dir) throws Exception {
            this.dir = dir;
            this.procs = procs;
            plan.nodes().forEach(c -> ports.add(c.httpPort()));
            waitUntil(() -> ports.stream().allMatch(p -> height(p) >= 1), procs, dir, 60,
                    "nodes did not start finalising blocks within 60 s");
            plan.clientSeeds().forEach(s -> clients.add(KeyPair.fromSeedHex(s)));
            this.nonces = new long[clients.size()];
            this.forgedRefused = submitForged(ports.get(0), clients);
        }

        /** One load step: {@code tps} offered for {@code durationS} seconds, then up to 30 s for the backlog. */
        public Result step(int tps, double durationS, UniformRandomProvider rng) throws Exception {
            int nodes = ports.size();
            int total = (int) Math.ceil(tps * durationS);
            // sign everything before the clock starts: the generator must not take the nodes' cores
            long[] fee = new long[total];
            int[] client = new int[total];
            long[] nonce = new long[total];
            for (int i = 0; i < total; i++) {
                client[i] = i % clients.size();
                nonce[i] = ++nonces[client[i]];
                fee[i] = 1 + rng.nextInt(1000);
            }
            String[] hex = new String[total];
            String[] ids = new String[total];
            IntStream.range(0, total).parallel().forEach(i -> {
                Transaction t = Transaction.transfer(clients.get(client[i]), clients.get((client[i] + 1) % clients.size()).address(),
                        nonce[i], fee[i], 1, SignatureScheme.ed25519());
                hex[i] = HexFormat.of().formatHex(t.encode());
                ids[i] = t.id().hex();
            });
            int ticks = Math.max(1, (int) Math.ceil(durationS * 1e9 / TICK_NANOS));
            long[] verifBefore = new long[nodes];
            double[] cpuBefore = new double[nodes];
            for (int i = 0; i < nodes; i++) {
                verifBefore[i] = counter(ports.get(i), "signature_verifications");
                cpuBefore[i] = cpuSeconds(procs.get(i));
            }
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            AtomicLong refused = new AtomicLong();
            Map<String, Long> reasons = new ConcurrentHashMap<>();
            long start = System.nanoTime(); // ambient-ok: live benchmark timing
            List<Thread> submitters = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                int node = n;
                Thread t = new Thread(() -> submit(node, nodes, ticks, total, start, hex, ids, sentAt, refused, reasons),
                        "bench-submit-" + n);
                t.setDaemon(true);
                t.start();
                submitters.add(t);
            }
            Map<String, Long> finalisedAt = new ConcurrentHashMap<>();
            long end = start + (long) (durationS * 1e9);
            long seen = height(ports.get(0));
            while (true) {
                long h = height(ports.get(0));
                while (seen < h) {
                    JsonNode b = get(ports.get(0), "/block/" + (seen + 1));
                    if (b == null || !b.has("txs")) {
                        break;
                    }
                    seen++;
                    long t = System.nanoTime(); // ambient-ok: live benchmark timing
                    for (JsonNode id : b.get("txs")) {
                        finalisedAt.putIfAbsent(id.asText(), t);
                    }
                }
                long now = System.nanoTime(); // ambient-ok: live benchmark timing
                boolean sending = submitters.stream().anyMatch(Thread::isAlive);
                if (!sending && finalisedAt.keySet().containsAll(sentAt.keySet())) {
                    break;
                }
                if (now > end + 30_000_000_000L) {
                    break; // the backlog did not drain in 30 s: what has not finalised by now counts as lost
                }
                Thread.sleep(50);
            }
            for (Thread t : submitters) {
                t.interrupt();
                t.join(5_000);
            }
            LatencyRecorder latency = new LatencyRecorder();
            long lastFinal = start;
            for (Map.Entry<String, Long> e : sentAt.entrySet()) {
                Long f = finalisedAt.get(e.getKey());
                if (f != null) {
                    latency.add(Math.max(0, f - e.getValue()) / 1e9);
                    lastFinal = Math.max(lastFinal, f);
                }
            }
            double wall = (System.nanoTime() - start) / 1e9; // ambient-ok: live benchmark timing
            List<Double> cpu = new ArrayList<>();
            long verif = 0;
            for (int i = 0; i < nodes; i++) {
                cpu.add((cpuSeconds(procs.get(i)) - cpuBefore[i]) / wall);
                verif += counter(ports.get(i), "signature_verifications") - verifBefore[i];
            }
            double elapsed = Math.max(durationS, (lastFinal - start) / 1e9);
            long accepted = sentAt.size();
            return new Result(tps, latency.count() / elapsed, latency.percentile(50), latency.percentile(95),
                    latency.percentile(99), forgedRefused, total, refused.get(), latency.count(), cpu,
                    accepted == 0 ? 0 : (double) verif / nodes / accepted, new java.util.TreeMap<>(reasons));
        }

        /** Node {@code node}'s submitter: every {@code nodes}-th 50 ms tick, that tick's share of transactions. */
        private void submit(int node, int nodes, int ticks, int total, long start, String[] hex, String[] ids,
                Map<String, Long> sentAt, AtomicLong refused, Map<String, Long> reasons) {
            for (int k = node; k < ticks; k += nodes) {
                int from = (int) ((long) total * k / ticks);
                int to = (int) ((long) total * (k + 1) / ticks);
                if (from == to) {
                    continue;
                }
                long due = start + k * TICK_NANOS;
                long wait = due - System.nanoTime(); // ambient-ok: live benchmark timing
                try {
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                    }
                } catch (InterruptedException e) {
                    return;
                }
                StringBuilder body = new StringBuilder((to - from) * (hex[from].length() + 1));
                for (int i = from; i < to; i++) {
                    body.append(hex[i]).append('\n');
                }
                long sent = System.nanoTime(); // ambient-ok: live benchmark timing
                try {
                    HttpResponse<String> response = postRaw(ports.get(node), body.toString());
                    if (response.statusCode() == 429 && !response.body().contains("\"id\"")) {
                        // shed whole before decoding (the only answer without ids): every line POOL_FULL
                        refused.addAndGet(to - from);
                        reasons.merge("POOL_FULL", (long) (to - from), Long::sum);
                        continue;
                    }
                    JsonNode answer = JSON.readTree(response.body());
                    int i = from;
                    for (JsonNode r : answer) {
                        if (r.path("accepted").asBoolean(false)) {
                            sentAt.put(ids[i], sent);
                        } else {
                            refused.incrementAndGet();
                            reasons.merge(r.path("reason").asText("UNKNOWN"), 1L, Long::sum);
                        }
                        i++;
                    }
                } catch (java.io.IOException e) {
                    refused.addAndGet(to - from);
                    reasons.merge("UNREACHABLE", (long) (to - from), Long::sum);
                } catch (InterruptedException e) {
                    return;
                }
            }
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

        private JsonNode post(int port, String body) throws java.io.IOException, InterruptedException {
            return JSON.readTree(postRaw(port, body).body());
        }

        private HttpResponse<String> postRaw(int port, String body) throws java.io.IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tx"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws java.io.IOException {
            LocalNetwork.stop(dir);
        }
    }

    private static double cpuSeconds(Process p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
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
