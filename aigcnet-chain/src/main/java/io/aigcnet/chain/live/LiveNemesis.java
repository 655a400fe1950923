package io.aigcnet.chain.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A Jepsen-style nemesis against a live loopback network of node processes. While clients submit signed
 * transfers, the nemesis repeatedly either kills a node with SIGKILL and restarts it from its RocksDB store
 * after a few seconds, or freezes it with SIGSTOP (its TCP ports stop answering: the node is cut off from
 * every link) and thaws it with SIGCONT. At most {@code maxFaulty} nodes are faulty at once (f = 1 of 4 by
 * default, so the network must stay live; more tests safety alone).
 *
 * <p>The checker then requires, after everything is healed: every node finalised the same block at every
 * height up to the lowest finalised height (no divergence), every block hash that any node reported during
 * the run is still the hash every node holds at that height (nothing finalised was lost or rewritten across
 * kills), and every transaction that a node acknowledged as finalised is in every node's chain at the same
 * height. The run is seeded (which node, which fault, when); wall-clock interleavings of real processes are
 * of course not reproducible, which is why the deterministic campaign ({@code sim faults}) exists beside it.
 */
public final class LiveNemesis {
    /**
     * @param nodes node processes (all super nodes)
     * @param basePort first port (node i: p2p base+2i, HTTP base+2i+1)
     * @param intervalMs block interval
     * @param seconds how long the nemesis acts (load runs for the same time)
     * @param tps offered transfers per second
     * @param faultEverySeconds mean pause between two faults
     * @param maxFaulty nodes faulty at the same time, at most
     * @param seed drives keys, the nemesis's choices and the load
     */
    public record Settings(int nodes, int basePort, long intervalMs, int seconds, int tps, double faultEverySeconds,
            int maxFaulty, long seed) {
        public Settings {
            if (nodes < 2 || nodes > 16) {
                throw new IllegalArgumentException("--nodes must be in [2, 16], got " + nodes);
            }
            if (seconds < 5 || seconds > 86_400) {
                throw new IllegalArgumentException("--seconds must be in [5, 86400], got " + seconds);
            }
            if (tps < 1 || tps > 5_000) {
                throw new IllegalArgumentException("--tps must be in [1, 5000], got " + tps);
            }
            if (!(faultEverySeconds >= 1 && faultEverySeconds <= 3600)) {
                throw new IllegalArgumentException("--fault-every must be in [1, 3600] seconds, got " + faultEverySeconds);
            }
            if (maxFaulty < 1 || maxFaulty >= nodes) {
                throw new IllegalArgumentException("--max-faulty must be in [1, " + (nodes - 1) + "], got " + maxFaulty);
            }
            if (intervalMs < 100 || intervalMs > 60_000) {
                throw new IllegalArgumentException("--interval-ms must be in [100, 60000], got " + intervalMs);
            }
        }
    }

    /** One fault the nemesis injected: kind "kill" (SIGKILL then restart) or "freeze" (SIGSTOP then SIGCONT). */
    public record Event(double atSeconds, String kind, int node, double downSeconds) {
    }

    /** What the checker found. {@code violations} empty means the run passed. */
    public record Outcome(List<Event> events, long submitted, long refused, long acknowledged, List<Long> finalisedHeights,
            long heightsCompared, long acknowledgementsChecked, List<String> violations, double wallSeconds) {
        public boolean passed() {
            return violations.isEmpty();
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("passed", passed());
            m.put("kills", events.stream().filter(e -> e.kind().equals("kill")).count());
            m.put("freezes", events.stream().filter(e -> e.kind().equals("freeze")).count());
            m.put("submitted", submitted);
            m.put("refused_or_unreachable", refused);
            m.put("acknowledged_finalised", acknowledged);
            m.put("acknowledgements_checked_on_every_node", acknowledgementsChecked);
            m.put("finalised_heights", finalisedHeights);
            m.put("heights_compared", heightsCompared);
            m.put("violations", violations);
            m.put("wall_seconds", Math.round(wallSeconds * 10) / 10.0);
            List<Map<String, Object>> ev = new ArrayList<>();
            for (Event e : events) {
                ev.add(Map.of("at_s", Math.round(e.atSeconds() * 10) / 10.0, "kind", e.kind(), "node", e.node(),
                        "down_s", Math.round(e.downSeconds() * 10) / 10.0));
            }
            m.put("events", ev);
            return m;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;

    private final Settings s;
    private final List<String> nodeCommand;
    private final Path dir;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Process[] procs;
    private final boolean[] faulty;
    private LocalNetwork.Plan plan;
    private List<Path> configs;
    /** height -> block hash as first reported by any node during the run. */
    private final Map<Long, String> seenHash = new ConcurrentHashMap<>();
    /** tx id -> height at which some node acknowledged it as finalised. */
    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

    public LiveNemesis(Settings s, List<String> nodeCommand, Path dir, Consumer<String> log) {
        this.s = s;
        this.nodeCommand = List.copyOf(nodeCommand);
        this.dir = dir;
        this.log = log;
        this.procs = new Process[s.nodes()];
        this.faulty = new boolean[s.nodes()];
    }

    /** Runs the whole thing: start, load + nemesis, heal, check, stop. Nodes are stopped whatever happens. */
    public Outcome run() throws IOException, InterruptedException {
        long t0 = System.nanoTime(); // ambient-ok: live wall-clock test
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(s.seed());
        plan = LocalNetwork.plan(s.nodes(), dir.toAbsolutePath(), s.basePort(), s.intervalMs(), CLIENTS, rng,
                System.currentTimeMillis() + 3000); // ambient-ok: live genesis
        configs = LocalNetwork.write(plan, dir);
        List<Process> started = LocalNetwork.spawn(nodeCommand, configs, dir);
        for (int i = 0; i < procs.length; i++) {
            procs[i] = started.get(i);
        }
        try {
            String failure = LocalNetwork.awaitFinalising(plan, started, dir, 120);
            if (failure != null) {
                throw new IOException("the network did not come up: " + failure);
            }
            log.accept("nemesis: " + s.nodes() + " nodes finalising; load " + s.tps() + " TPS and faults for " + s.seconds() + " s");
            AtomicLong submitted = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            long end = System.nanoTime() + s.seconds() * 1_000_000_000L; // ambient-ok: live wall-clock test
            Thread load = new Thread(() -> load(end, submitted, refused), "nemesis-load");
            load.start();
            Thread follow = new Thread(() -> follow(end), "nemesis-follow");
            follow.start();
            List<Event> events = nemesis(end, rng, t0);
            load.join();
            follow.join();
            heal();
            log.accept("nemesis: healed; waiting for every node to catch up");
            List<Long> heights = awaitCatchUp(60);
            List<Map<String, Long>> txsByNode = new ArrayList<>();
            long compared = compareChains(heights, txsByNode);
            long checked = checkAcknowledgements(txsByNode, compared);
            return new Outcome(events, submitted.get(), refused.get(), acked.size(), heights, compared, checked,
                    List.copyOf(violations), (System.nanoTime() - t0) / 1e9); // ambient-ok: live wall-clock test
        } finally {
            for (Process p : procs) {
                if (p != null && p.isAlive()) {
                    signal(p, "CONT");
                    p.destroyForcibly();
                }
            }
            rewritePids();
            Files.deleteIfExists(dir.resolve("pids"));
        }
    }

    // ---- the nemesis -------------------------------------------------------------------------------------

    private List<Event> nemesis(long end, UniformRandomProvider rng, long t0) throws InterruptedException, IOException {
        List<Event> events = new ArrayList<>();
        List<long[]> pending = new ArrayList<>(); // {node, healAtNanos, kind 0 kill / 1 freeze}
        long next = System.nanoTime() + nanos(s.faultEverySeconds() * (0.5 + rng.nextDouble())); // ambient-ok
        while (System.nanoTime() < end) { // ambient-ok: live wall-clock test
            long now = System.nanoTime(); // ambient-ok
            for (var it = pending.iterator(); it.hasNext();) {
                long[] p = it.next();
                if (now >= p[1]) {
                    int node = (int) p[0];
                    if (p[2] == 0) {
                        restart(node);
                    } else {
                        signal(procs[node], "CONT");
                    }
                    faulty[node] = false;
                    it.remove();
                }
            }
            if (now >= next && pending.size() < s.maxFaulty()) {
                List<Integer> healthy = new ArrayList<>();
                for (int i = 0; i < procs.length; i++) {
                    if (!faulty[i]) {
                        healthy.add(i);
                    }
                }
                int node = healthy.get(rng.nextInt(healthy.size()));
                boolean kill = rng.nextBoolean();
                double down = 2 + rng.nextDouble() * 4;
                if (kill) {
                    procs[node].destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
                } else {
                    signal(procs[node], "STOP");
                }
                faulty[node] = true;
                pending.add(new long[] {node, now + nanos(down), kill ? 0 : 1});
                Event e = new Event((now - t0) / 1e9, kill ? "kill" : "freeze", node, down);
                events.add(e);
                log.accept(String.format(java.util.Locale.ROOT, "nemesis: t=%.1fs %s node %d for %.1fs", e.atSeconds(), e.kind(), node, down));
                next = now + nanos(s.faultEverySeconds() * (0.5 + rng.nextDouble()));
            }
            Thread.sleep(100);
        }
        for (long[] p : pending) {
            int node = (int) p[0];
            if (p[2] == 0) {
                restart(node);
            } else {
                signal(procs[node], "CONT");
            }
            faulty[node] = false;
        }
        return events;
    }

    private void heal() {
        for (int i = 0; i < procs.length; i++) {
            if (!procs[i].isAlive()) {
                violations.add("node " + i + " died on its own (exit " + procs[i].exitValue() + "); see " + dir.resolve("node-" + i + ".log"));
            }
        }
    }

    private void restart(int node) throws IOException {
        List<String> cmd = new ArrayList<>(nodeCommand);
        cmd.add("--config");
        cmd.add(configs.get(node).toString());
        procs[node] = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node-" + node + ".log").toFile())).start();
        rewritePids();
    }

    /** Keeps {@code pids} current so that {@code net down} can still stop the network if this run is interrupted. */
    private void rewritePids() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Process p : procs) {
            if (p != null && p.isAlive()) {
                b.append(p.pid()).append('\n');
            }
        }
        Files.writeString(dir.resolve("pids"), b.toString());
    }

    private static void signal(Process p, String sig) {
        if (!p.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start().waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot send SIG" + sig + " to pid " + p.pid() + ": " + e.getMessage(), e);
        }
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

    // ---- load and acknowledgements -----------------------------------------------------------------------

    private void load(long end, AtomicLong submitted, AtomicLong refused) {
        List<KeyPair> clients = plan.clientSeeds().stream().map(KeyPair::fromSeedHex).toList();
        long[] nonce = new long[clients.size()];
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(s.seed() + 17);
        int perTick = Math.max(1, s.tps() / 10);
        long tick = System.nanoTime(); // ambient-ok
        while (tick < end) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < perTick; k++) {
                int c = rng.nextInt(clients.size());
                Transaction tx = Transaction.transfer(clients.get(c), clients.get((c + 1) % clients.size()).address(), ++nonce[c],
                        1 + rng.nextInt(5), 1 + rng.nextInt(100), SignatureScheme.ed25519());
                body.append(HexFormat.of().formatHex(tx.encode())).append('\n');
            }
            submitted.addAndGet(perTick);
            // a client that cannot reach one node tries the others, as a real wallet would
            int first = rng.nextInt(procs.length);
            boolean delivered = false;
            for (int k = 0; k < procs.length && !delivered; k++) {
                int node = (first + k) % procs.length;
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(node, "/tx")).timeout(Duration.ofSeconds(2))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 || r.statusCode() == 429) {
                        delivered = true;
                        for (JsonNode v : JSON.readTree(r.body())) {
                            if (!v.path("accepted").asBoolean()) {
                                refused.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException e) {
                    // down or frozen: next node
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!delivered) {
                refused.addAndGet(perTick);
            }
            tick += 100_000_000L;
            long sleep = tick - System.nanoTime(); // ambient-ok
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Follows finalised blocks through whichever node answers; each transaction seen is acknowledged as final. */
    private void follow(long end) {
        long next = 1;
        int node = 0;
        while (System.nanoTime() < end) { // ambient-ok
            JsonNode b = get(node, "/block/" + next);
            if (b == null || !b.has("hash")) {
                node = (node + 1) % procs.length;
                sleep(100);
                continue;
            }
            record(node, next, b);
            next++;
        }
    }

    private void record(int node, long h, JsonNode b) {
        String hash = b.get("hash").asText();
        String before = seenHash.putIfAbsent(h, hash);
        if (before != null && !before.equals(hash)) {
            violations.add("height " + h + ": node " + node + " reported block " + hash + ", another node had reported " + before);
        }
        for (JsonNode tx : b.path("txs")) {
            acked.putIfAbsent(tx.asText(), h);
        }
    }

    // ---- the checker ----------------------------------------------------------------------------------------

    private List<Long> awaitCatchUp(int seconds) throws InterruptedException {
        long target = 0;
        for (int i = 0; i < procs.length; i++) {
            target = Math.max(target, finalised(i));
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L; // ambient-ok
        List<Long> heights;
        while (true) {
            heights = new ArrayList<>();
            boolean all = true;
            for (int i = 0; i < procs.length; i++) {
                long h = finalised(i);
                heights.add(h);
                all &= h >= target;
            }
            if (all || System.nanoTime() > deadline) { // ambient-ok
                break;
            }
            Thread.sleep(250);
        }
        for (int i = 0; i < procs.length; i++) {
            if (heights.get(i) < target) {
                violations.add("liveness: node " + i + " finalised height " + heights.get(i) + " " + seconds
                        + " s after the heal, below " + target + " reached by another node");
            }
        }
        return heights;
    }

    /**
     * Fetches every finalised block from every node up to the lowest finalised height, compares hashes, and
     * indexes each node's transactions by height (for the acknowledgement check).
     */
    private long compareChains(List<Long> heights, List<Map<String, Long>> txsByNode) {
        long lowest = heights.stream().mapToLong(Long::longValue).min().orElse(0);
        for (int i = 0; i < procs.length; i++) {
            txsByNode.add(new java.util.HashMap<>());
        }
        for (long h = 1; h <= lowest; h++) {
            String first = null;
            for (int i = 0; i < procs.length; i++) {
                JsonNode b = get(i, "/block/" + h);
                if (b == null || !b.has("hash")) {
                    violations.add("node " + i + " has no block at height " + h + " although it reports finalised height " + heights.get(i));
                    continue;
                }
                String hash = b.get("hash").asText();
                if (first == null) {
                    first = hash;
                } else if (!first.equals(hash)) {
                    violations.add("divergence at height " + h + ": node 0.." + i + " hold " + first + " and " + hash);
                }
                String seen = seenHash.get(h);
                if (seen != null && !seen.equals(hash)) {
                    violations.add("lost finalised block: height " + h + " was reported as " + seen + " during the run, node " + i
                            + " now holds " + hash);
                }
                for (JsonNode tx : b.path("txs")) {
                    txsByNode.get(i).put(tx.asText(), h);
                }
            }
        }
        return lowest;
    }

    /** Every acknowledged transaction is in every node's chain, at the height at which it was acknowledged. */
    private long checkAcknowledgements(List<Map<String, Long>> txsByNode, long lowest) {
        long checked = 0;
        for (Map.Entry<String, Long> a : acked.entrySet()) {
            if (a.getValue() > lowest) {
                continue; // above what every node holds: compared by hash once they catch up, not checkable here
            }
            for (int i = 0; i < procs.length; i++) {
                Long h = txsByNode.get(i).get(a.getKey());
                if (h == null) {
                    violations.add("acknowledged transaction " + a.getKey() + " (height " + a.getValue() + ") is missing on node " + i);
                } else if (!h.equals(a.getValue())) {
                    violations.add("acknowledged transaction " + a.getKey() + " moved from height " + a.getValue() + " to " + h
                            + " on node " + i);
                }
            }
            checked++;
        }
        return checked;
    }

    private long finalised(int node) {
        JsonNode st = get(node, "/status");
        return st == null ? -1 : st.path("finalized_height").asLong(-1);
    }

    private URI uri(int node, String path) {
        return URI.create("http://127.0.0.1:" + plan.nodes().get(node).httpPort() + path);
    }

    private JsonNode get(int node, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
