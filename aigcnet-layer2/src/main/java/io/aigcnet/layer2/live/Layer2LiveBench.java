package io.aigcnet.layer2.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LiveRuntime;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.rollup.Opinions;
import io.aigcnet.core.runtime.NodeRuntime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The live layer-2 benchmark: N node processes on loopback (each a chain node with {@link Layer2NodeApp}),
 * and this process as the clients. Clients sign opinions (Ed25519) and post them to the RCO nodes; channel
 * clients pay MASPs over the layer-2 link. The offered load rises step by step.
 *
 * <p>Counted (nothing by construction): an opinion when a full roll-up listing its id is in a block that the
 * observer node (the last node) has finalised, read back from that node's block store over HTTP, and no
 * poison transaction for that roll-up is finalised by the end; its time is when this process saw the block
 * final (polled every {@link #POLL_MS} ms). A transfer when its client holds the state signed by both
 * parties. Each step's rate is what was counted inside the step's window over the window's length.
 */
public final class Layer2LiveBench {
    static final int POLL_MS = 100;
    private static final int OPINION_TICK_MS = 50;
    private static final long CLIENT_BALANCE = 1_000_000_000_000_000L;

    /**
     * @param steps load steps of {@code durationS / steps} seconds; step k offers {@code startTps + k * stepTps}
     * @param opinionShare share of the offered operations that are opinions; the rest are channel transfers
     */
    public record Settings(int nodes, int rcos, int channels, int roundsPerChannel, int masps, int opinionClients,
                           double durationS, int steps, double startTps, double stepTps, double opinionShare,
                           long intervalMs, int rollupMaxOpinions, long rollupThresholdMs, int basePort, long seed,
                           double drainS, int startupWaitS) {
        public double stepS() {
            return durationS / steps;
        }

        public double offered(int step) {
            return startTps + step * stepTps;
        }
    }

    /** What was measured in one load step. */
    public record Step(int index, double offeredTps, long opinionsOffered, long transfersOffered, long opinionsFinalised,
                       long transfersSettled, long blocksFinalised, double seconds, List<Double> cpuCores) {
        public double finalisedTps() {
            return (opinionsFinalised + transfersSettled) / seconds;
        }
    }

    /** The benchmark's outcome; {@link #json()} is what the command prints. */
    public record Outcome(Settings settings, List<Step> steps, LatencyRecorder confirm, LatencyRecorder opinionConfirm,
                          LatencyRecorder transferConfirm, List<Double> cpuPerNode, double driverCpu,
                          long opinionsOffered, long opinionsFinalisedTotal, long transfersSettledTotal,
                          long rollupsFinalised, long poisonsFinalised, long channelTxsFinalised, long opinionsNotSent, long channelsOpened,
                          int channelsReadyAtEnd,
                          Map<String, Long> rollupOpinionCounts, List<Map<String, Object>> nodeStatus) {
        public Step peak() {
            Step best = steps.get(0);
            for (Step s : steps) {
                if (s.finalisedTps() > best.finalisedTps()) {
                    best = s;
                }
            }
            return best;
        }

        public Map<String, Object> json() {
            Step p = peak();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("finalised_ops_per_s", round(p.finalisedTps()));
            m.put("opinions_per_s", round(p.opinionsFinalised() / p.seconds()));
            m.put("transfers_per_s", round(p.transfersSettled() / p.seconds()));
            double counted = 0;
            double seconds = 0;
            for (Step s : steps) {
                counted += s.opinionsFinalised() + s.transfersSettled();
                seconds += s.seconds();
            }
            // the best step may include a backlog of the step before it; the mean over the whole load does not
            m.put("mean_finalised_ops_per_s", round(counted / seconds));
            m.put("p50_confirm_ms", ms(confirm, 50));
            m.put("p95_confirm_ms", ms(confirm, 95));
            m.put("p50_opinion_confirm_ms", ms(opinionConfirm, 50));
            m.put("p50_transfer_confirm_ms", ms(transferConfirm, 50));
            m.put("cpu_per_node", cpuPerNode.stream().map(Layer2LiveBench::round).toList());
            m.put("driver_cpu", round(driverCpu));
            m.put("peak_step", p.index());
            List<Map<String, Object>> table = new ArrayList<>();
            for (Step s : steps) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("step", s.index());
                r.put("offered_ops_per_s", round(s.offeredTps()));
                r.put("finalised_ops_per_s", round(s.finalisedTps()));
                r.put("opinions_per_s", round(s.opinionsFinalised() / s.seconds()));
                r.put("transfers_per_s", round(s.transfersSettled() / s.seconds()));
                r.put("opinions_offered", s.opinionsOffered());
                r.put("transfers_offered", s.transfersOffered());
                r.put("blocks_finalised", s.blocksFinalised());
                r.put("cpu_per_node", s.cpuCores().stream().map(Layer2LiveBench::round).toList());
                table.add(r);
            }
            m.put("steps", table);
            m.put("opinions_offered", opinionsOffered);
            m.put("opinions_finalised_total", opinionsFinalisedTotal);
            m.put("transfers_settled_total", transfersSettledTotal);
            m.put("rollups_finalised", rollupsFinalised);
            m.put("poisons_finalised", poisonsFinalised);
            m.put("channel_txs_finalised", channelTxsFinalised);
            m.put("channels_opened", channelsOpened);
            m.put("channels_open_at_end", channelsReadyAtEnd);
            m.put("opinions_not_accepted", opinionsNotSent);
            m.put("node_status", nodeStatus);
            m.put("nodes", settings.nodes());
            m.put("rcos", settings.rcos());
            m.put("channels", settings.channels());
            m.put("duration_s", settings.durationS());
            m.put("block_interval_ms", settings.intervalMs());
            m.put("rollup_max_opinions", settings.rollupMaxOpinions());
            m.put("rollup_threshold_ms", settings.rollupThresholdMs());
            m.put("opinion_share", settings.opinionShare());
            m.put("seed", settings.seed());
            m.put("signatures", "ed25519");
            m.put("machine_cores", Runtime.getRuntime().availableProcessors());
            m.put("load_average", loadAverage());
            return m;
        }
    }

    private final Settings s;
    private final List<String> nodeCommand;
    private final Path dir;
    private final Consumer<String> log;
    private final SignatureScheme ed = SignatureScheme.ed25519();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param nodeCommand how to start one node process with the layer-2 application ({@code --config FILE} is appended)
     * @param dir an empty directory for configs, data and logs
     */
    public Layer2LiveBench(Settings settings, List<String> nodeCommand, Path dir, Consumer<String> log) {
        this.s = settings;
        this.nodeCommand = List.copyOf(nodeCommand);
        this.dir = dir;
        this.log = log;
    }

    /** Reads the plan a node of a live layer-2 network finds beside its data directory. */
    public static Layer2Plan planFor(NodeConfig cfg) {
        Path f = Path.of(cfg.dataDir()).toAbsolutePath().getParent().resolve("layer2.json");
        Layer2Plan p = ConfigLoader.read(f, Layer2Plan.class);
        p.validate();
        return p;
    }

    public Outcome run() throws Exception {
        Files.createDirectories(dir);
        RngStreams rng = RngStreams.of(s.seed());
        List<Integer> linkPorts = new ArrayList<>();
        for (int p = 0; p <= s.nodes(); p++) {
            linkPorts.add(s.basePort() + 2 * s.nodes() + p);
        }
        Layer2Plan plan = new Layer2Plan(s.seed(), s.nodes(), s.rcos(), s.channels(), s.roundsPerChannel(), s.masps(),
                s.opinionClients(), s.rollupMaxOpinions(), s.rollupThresholdMs(), linkPorts);
        plan.validate();
        LocalNetwork.Plan net = LocalNetwork.plan(s.nodes(), dir.toAbsolutePath(), s.basePort(), s.intervalMs(), 0,
                rng.stream("node-keys"), System.currentTimeMillis() + 4000); // ambient-ok: live genesis
        List<NodeConfig.Balance> balances = new ArrayList<>();
        for (KeyPair k : plan.channelClientKeys()) {
            balances.add(new NodeConfig.Balance(k.address().hex(), CLIENT_BALANCE));
        }
        for (KeyPair k : plan.channelMaspKeys()) {
            balances.add(new NodeConfig.Balance(k.address().hex(), CLIENT_BALANCE));
        }
        net = new LocalNetwork.Plan(net.nodes().stream().map(c -> new NodeConfig(c.id(), c.keySeedHex(), c.listenHost(),
                c.listenPort(), c.httpPort(), c.dataDir(), c.genesisTimeMs(), c.blockIntervalMs(), c.blockCapacity(),
                c.poolOrdering(), c.poolCapacity(), c.peers(), c.superNodes(), balances)).toList(), net.clientSeeds());
        Path planFile = dir.resolve("layer2.json");
        Files.writeString(planFile, ConfigLoader.mapperFor(planFile).writerWithDefaultPrettyPrinter().writeValueAsString(plan));
        List<Path> configs = LocalNetwork.write(net, dir);
        List<Process> procs = LocalNetwork.spawn(nodeCommand, configs, dir);
        try {
            String failure = LocalNetwork.awaitFinalising(net, procs, dir, s.startupWaitS());
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return drive(plan, net, procs);
        } finally {
            for (Process p : procs) {
                p.destroy();
            }
            for (Process p : procs) {
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            Files.deleteIfExists(dir.resolve("pids"));
        }
    }

    private String url(LocalNetwork.Plan net, int node, String path) {
        return "http://127.0.0.1:" + net.nodes().get(node).httpPort() + path;
    }

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private Outcome drive(Layer2Plan plan, LocalNetwork.Plan net, List<Process> procs) throws Exception {
        long t00 = System.nanoTime(); // ambient-ok: benchmark timing (all times below are System.nanoTime)
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        try (LiveRuntime loop = new LiveRuntime("layer2-driver");
             Layer2Link link = new Layer2Link(plan.driverProcess(), plan.linkAddresses(), loop)) {
            link.start();
            Channels channels = new Channels(plan, link, loop);
            loop.call(() -> {
                channels.openAll();
                return null;
            });
            // warm-up: every channel open on chain (its establish transaction final) before the load starts
            long openBy = System.nanoTime() + Math.max(30, 10 * s.intervalMs() / 1000) * 1_000_000_000L; // ambient-ok
            while (!loop.call(channels::allReady)) {
                checkAlive(procs);
                if (System.nanoTime() > openBy) { // ambient-ok
                    throw new IllegalStateException("channels not open after the warm-up: " + loop.call(channels::readyCount)
                            + " of " + s.channels() + " (see the node logs in " + dir + ")");
                }
                Thread.sleep(100);
            }
            log.accept(String.format(java.util.Locale.ROOT, "warm-up done in %.1f s: %d channels open", (System.nanoTime() - t00) / 1e9, // ambient-ok
                    s.channels()));

            Watcher watcher = new Watcher(net, sentAt);
            Thread watch = new Thread(watcher, "layer2-watch");
            watch.setDaemon(true);
            OpinionSender sender = new OpinionSender(plan, net, sentAt);
            Thread send = new Thread(sender, "layer2-opinions");
            send.setDaemon(true);
            long t0 = System.nanoTime(); // ambient-ok
            long stepNanos = Math.round(s.stepS() * 1e9);
            watcher.start = t0;
            channels.start = t0;
            sender.start = t0;
            watch.start();
            send.start();
            loop.execute(channels::tick);
            List<double[]> cpuAt = new ArrayList<>();
            cpuAt.add(cpu(procs));
            for (int k = 0; k < s.steps(); k++) {
                long until = t0 + (k + 1) * stepNanos;
                while (System.nanoTime() < until) { // ambient-ok
                    checkAlive(procs);
                    Thread.sleep(Math.max(1, Math.min(200, (until - System.nanoTime()) / 1_000_000))); // ambient-ok
                }
                cpuAt.add(cpu(procs));
                log.accept(String.format(java.util.Locale.ROOT, "step %d: offered %.0f ops/s", k, s.offered(k)));
            }
            sender.stop = true;
            channels.stop = true;
            send.join(10_000);
            Thread.sleep(Math.round(s.drainS() * 1000));
            watcher.stop = true;
            watch.join(10_000);
            if (watcher.error != null) {
                throw new IllegalStateException("watching the finalised chain failed: " + watcher.error.getMessage(), watcher.error);
            }
            if (sender.error != null) {
                throw new IllegalStateException("sending opinions failed: " + sender.error.getMessage(), sender.error);
            }
            List<Map<String, Object>> status = new ArrayList<>();
            for (int i = 0; i < s.nodes(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> st = json.convertValue(getJson(url(net, i, "/layer2/status")), Map.class);
                status.add(st);
            }
            return loop.call(() -> outcome(t0, stepNanos, cpuAt, watcher, sender, channels, status));
        }
    }

    private Outcome outcome(long t0, long stepNanos, List<double[]> cpuAt, Watcher w, OpinionSender sender, Channels ch,
                            List<Map<String, Object>> status) {
        LatencyRecorder all = new LatencyRecorder();
        LatencyRecorder op = new LatencyRecorder();
        LatencyRecorder tr = new LatencyRecorder();
        long[] opinions = new long[s.steps()];
        long[] transfers = new long[s.steps()];
        long total = 0;
        long[] blocks = new long[s.steps()];
        Map<String, Long> perRollup = new LinkedHashMap<>();
        synchronized (w) {
            for (Map.Entry<String, List<String>> e : w.rollupOpinions.entrySet()) {
                if (w.poisoned.contains(e.getKey())) {
                    continue; // a poisoned roll-up's opinions are not final
                }
                long seenAt = w.rollupSeenAt.get(e.getKey());
                long counted = 0;
                for (String id : e.getValue()) {
                    Long sent = sender.sentAt.get(id);
                    if (sent == null || !w.counted.add(id)) {
                        continue; // not ours, or already counted in an earlier roll-up
                    }
                    counted++;
                    total++;
                    int k = (int) Math.floorDiv(seenAt - t0, stepNanos);
                    if (k >= 0 && k < s.steps()) {
                        opinions[k]++;
                        double sec = (seenAt - sent) / 1e9;
                        all.add(sec);
                        op.add(sec);
                    }
                }
                perRollup.put(e.getKey(), counted);
            }
            for (long at : w.blockSeenAt) {
                int k = (int) Math.floorDiv(at - t0, stepNanos);
                if (k >= 0 && k < s.steps()) {
                    blocks[k]++;
                }
            }
        }
        for (long[] d : ch.done) {
            int k = (int) Math.floorDiv(d[0] - t0, stepNanos);
            if (k >= 0 && k < s.steps()) {
                transfers[k]++;
                all.add(d[1] / 1e9);
                tr.add(d[1] / 1e9);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < s.steps(); k++) {
            List<Double> cores = new ArrayList<>();
            for (int i = 0; i < s.nodes(); i++) {
                cores.add((cpuAt.get(k + 1)[i] - cpuAt.get(k)[i]) / s.stepS());
            }
            steps.add(new Step(k, s.offered(k), sender.offered[k], ch.offered[k], opinions[k], transfers[k], blocks[k], s.stepS(), cores));
        }
        List<Double> cpuPerNode = new ArrayList<>();
        double[] first = cpuAt.get(0);
        double[] last = cpuAt.get(cpuAt.size() - 1);
        for (int i = 0; i < s.nodes(); i++) {
            cpuPerNode.add((last[i] - first[i]) / s.durationS());
        }
        double driverCpu = (last[s.nodes()] - first[s.nodes()]) / s.durationS();
        long offered = 0;
        synchronized (sender) {
            for (long o : sender.offered) {
                offered += o;
            }
        }
        return new Outcome(s, steps, all, op, tr, cpuPerNode, driverCpu, offered, total, ch.done.size(),
                w.rollupOpinions.size(), w.poisoned.size(), w.channelTxs, sender.failed, ch.opens, ch.openCount(), perRollup, status);
    }

    /** CPU seconds used so far by each node process, then by this process. */
    private static double[] cpu(List<Process> procs) {
        double[] c = new double[procs.size() + 1];
        for (int i = 0; i < procs.size(); i++) {
            c[i] = procs.get(i).toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }
        c[procs.size()] = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        return c;
    }

    private void checkAlive(List<Process> procs) {
        for (int i = 0; i < procs.size(); i++) {
            if (!procs.get(i).isAlive()) {
                throw new IllegalStateException("node " + i + " exited with code " + procs.get(i).exitValue() + " (log: "
                        + dir.resolve("node-" + i + ".log") + ")");
            }
        }
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }

    static double ms(LatencyRecorder r, double p) {
        return r.count() == 0 ? Double.NaN : round(r.percentile(p) * 1000);
    }

    static double loadAverage() {
        return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Follows the observer node's finalised blocks and records every roll-up and poison in them. */
    private final class Watcher implements Runnable {
        private final LocalNetwork.Plan net;
        volatile long start;
        volatile boolean stop;
        volatile Exception error;
        final Map<String, List<String>> rollupOpinions = new LinkedHashMap<>();
        final Map<String, Long> rollupSeenAt = new HashMap<>();
        final Set<String> poisoned = new HashSet<>();
        final Set<String> counted = new HashSet<>();
        final List<Long> blockSeenAt = new ArrayList<>();
        long channelTxs;
        private long next = 1;

        Watcher(LocalNetwork.Plan net, Map<String, Long> sentAt) {
            this.net = net;
        }

        @Override
        public void run() {
            int observer = s.nodes() - 1;
            int failures = 0;
            while (!stop) {
                try {
                    JsonNode r = getJson(url(net, observer, "/layer2/finalised?from=" + next + "&max=100"));
                    long now = System.nanoTime(); // ambient-ok: when this client saw the blocks final
                    synchronized (this) {
                        for (JsonNode b : r.get("blocks")) {
                            next = b.get("height").asLong() + 1;
                            blockSeenAt.add(now);
                            channelTxs += b.get("channel_txs").asLong();
                            for (JsonNode ru : b.get("rollups")) {
                                String id = ru.get("id").asText();
                                String kind = ru.get("kind").asText();
                                if (kind.equals("full")) {
                                    List<String> ids = new ArrayList<>();
                                    ru.get("opinions").forEach(x -> ids.add(x.asText()));
                                    rollupOpinions.putIfAbsent(id, ids);
                                    rollupSeenAt.putIfAbsent(id, now);
                                } else if (kind.equals("poison")) {
                                    poisoned.add(ru.get("target").asText());
                                }
                            }
                        }
                    }
                    failures = 0;
                    if (r.get("blocks").size() < 100) {
                        Thread.sleep(POLL_MS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    if (++failures > 50) {
                        error = e;
                        return;
                    }
                    try {
                        Thread.sleep(POLL_MS);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Signs opinions at the step's rate and posts them in batches to the RCO nodes in turn. */
    private final class OpinionSender implements Runnable {
        private final LocalNetwork.Plan net;
        final Map<String, Long> sentAt;
        final long[] offered = new long[s.steps()];
        private final List<KeyPair> clients;
        private final List<Address> masps;
        private final UniformRandomProvider rng;
        private final Map<Long, long[]> counts = new HashMap<>();
        private final long[] nonces;
        volatile long start;
        volatile boolean stop;
        volatile Exception error;
        long failed;

        OpinionSender(Layer2Plan plan, LocalNetwork.Plan net, Map<String, Long> sentAt) {
            this.net = net;
            this.sentAt = sentAt;
            this.clients = plan.opinionClientKeys();
            this.masps = plan.maspAddresses();
            this.rng = RngStreams.of(s.seed()).stream("layer2-live-opinions");
            this.nonces = new long[clients.size()];
        }

        @Override
        public void run() {
            double carry = 0;
            int rco = 0;
            long tick = OPINION_TICK_MS * 1_000_000L;
            long last = start;
            List<java.util.concurrent.CompletableFuture<?>> inFlight = new ArrayList<>();
            try {
                while (!stop) {
                    long now = System.nanoTime(); // ambient-ok
                    int k = (int) ((now - start) / Math.round(s.stepS() * 1e9));
                    if (k >= s.steps()) {
                        break;
                    }
                    // the offered rate follows the wall clock, however long signing and posting take
                    carry += s.offered(k) * s.opinionShare() * (now - last) / 1e9;
                    last = now;
                    int n = (int) carry;
                    carry -= n;
                    if (n > 0) {
                        List<Transaction> batch = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            batch.add(next());
                        }
                        ByteWriter w = new ByteWriter(n * 260 + 4).i32(n);
                        batch.forEach(w::write);
                        long sent = System.nanoTime(); // ambient-ok
                        for (Transaction tx : batch) {
                            sentAt.put(tx.id().hex(), sent);
                        }
                        int step = k;
                        inFlight.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url(net, rco, "/layer2/opinions")))
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(w.toByteArray())).build(),
                                HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                                    synchronized (this) {
                                        if (e == null && r.statusCode() == 200) {
                                            offered[step] += batch.size();
                                        } else {
                                            failed += batch.size();
                                            batch.forEach(tx -> sentAt.remove(tx.id().hex()));
                                        }
                                    }
                                    return null;
                                }));
                        inFlight.removeIf(java.util.concurrent.CompletableFuture::isDone);
                        rco = (rco + 1) % s.rcos();
                    }
                    long sleep = tick - (System.nanoTime() - now); // ambient-ok
                    if (sleep > 0) {
                        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                    }
                }
                for (java.util.concurrent.CompletableFuture<?> f : inFlight) {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                error = e;
            }
        }

        /** One client's updated opinion of one MASP after one more (good or bad) service, signed. */
        private Transaction next() {
            int c = rng.nextInt(clients.size());
            int j = rng.nextInt(masps.size());
            long[] pn = counts.computeIfAbsent((long) c * masps.size() + j, x -> new long[2]);
            if (rng.nextDouble() < 0.8) {
                pn[0]++;
            } else {
                pn[1]++;
            }
            long nonce = ++nonces[c];
            return Opinions.signed(clients.get(c), masps.get(j), nonce, pn[0], pn[1], 10 + rng.nextInt(90),
                    Sha256.hash(("service " + c + "/" + nonce).getBytes(java.nio.charset.StandardCharsets.UTF_8)), ed);
        }
    }

    /**
     * The channel clients, on the driver's loop. Each pair runs one channel at a time; a channel carries
     * {@code roundsPerChannel} transfers, then the client closes it and opens the next one once the close
     * settled on chain. Requests wait in one queue for an idle open channel (as in the simulated fleet).
     */
    private final class Channels {
        private final Layer2Plan plan;
        private final LiveRuntime loop;
        private final ClientParty[] clients;
        private final NodeRuntime<ChannelWire>[] rts;
        private final List<KeyPair> keys;
        private final List<KeyPair> maspKeys;
        private final long[] nonce;
        private final int[] roundsDone;
        private final io.aigcnet.layer2.channel.Transfer[] current;
        private final long[] requestStart;
        private final boolean[] idle;
        private final ArrayDeque<Integer> idlePairs = new ArrayDeque<>();
        private final ArrayDeque<Long> queue = new ArrayDeque<>();
        private final UniformRandomProvider rng;
        private final ChannelTimers timers;
        final long[] offered = new long[s.steps()];
        /** Settled transfers: [completion time, request-to-completion nanos]. */
        final List<long[]> done = new ArrayList<>();
        volatile long start;
        volatile boolean stop;
        long opens;
        private double carry;
        private long lastTick;

        @SuppressWarnings("unchecked")
        Channels(Layer2Plan plan, Layer2Link link, LiveRuntime loop) {
            this.plan = plan;
            this.loop = loop;
            int n = s.channels();
            clients = new ClientParty[n];
            rts = new NodeRuntime[n];
            keys = plan.channelClientKeys();
            maspKeys = plan.channelMaspKeys();
            nonce = new long[n];
            roundsDone = new int[n];
            current = new io.aigcnet.layer2.channel.Transfer[n];
            requestStart = new long[n];
            idle = new boolean[n];
            rng = RngStreams.of(s.seed()).stream("layer2-live-channel-locks");
            long ms = 1_000_000L;
            // the same step timers as the simulated experiments; the challenge period is two blocks
            timers = new ChannelTimers(2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 60_000 * ms,
                    2 * s.intervalMs() * ms, 2);
            for (int c = 0; c < n; c++) {
                rts[c] = new NodeRuntime<>(loop, loop, link.endpoint(Layer2Link.KIND_CHANNEL, plan.clientPartyId(c), Layer2Link.CHANNEL));
            }
        }

        void openAll() {
            for (int c = 0; c < clients.length; c++) {
                open(c);
            }
        }

        private void open(int c) {
            opens++;
            int pair = c;
            clients[c] = new ClientParty(rts[c], keys.get(c), ed, plan.maspPartyId(c), plan.hostId(plan.nodeOfChannel(c)), rng,
                    o -> onOutcome(pair, o));
            roundsDone[c] = 0;
            idle[c] = false;
            clients[c].open(new ChannelParams(keys.get(c).address(), maspKeys.get(c).address(), Layer2Plan.FEE * s.roundsPerChannel(),
                    nonce[c]++, timers));
        }

        boolean allReady() {
            return readyCount() == clients.length;
        }

        /** Channels open (idle or in a round) now. */
        int openCount() {
            int r = 0;
            for (ClientParty c : clients) {
                r += c.isOpen() ? 1 : 0;
            }
            return r;
        }

        int readyCount() {
            int r = 0;
            for (ClientParty c : clients) {
                r += c.ready() ? 1 : 0;
            }
            return r;
        }

        /** Every 5 ms: new requests at the step's rate, newly opened channels become idle, settled ones reopen. */
        void tick() {
            long now = System.nanoTime(); // ambient-ok
            int k = (int) ((now - start) / Math.round(s.stepS() * 1e9));
            if (!stop && k < s.steps()) {
                long dt = lastTick == 0 ? 0 : now - lastTick;
                carry += s.offered(k) * (1 - s.opinionShare()) * dt / 1e9;
                int n = (int) carry;
                carry -= n;
                for (int i = 0; i < n; i++) {
                    queue.add(now);
                }
                offered[k] += n;
            }
            lastTick = now;
            for (int c = 0; c < clients.length; c++) {
                if (current[c] == null && !idle[c]) {
                    if (clients[c].isSettled()) {
                        open(c);
                    } else if (clients[c].ready() && roundsDone[c] < s.roundsPerChannel()) {
                        idle[c] = true;
                        idlePairs.add(c);
                    }
                }
            }
            dispatch();
            loop.schedule(5_000_000L, this::tick);
        }

        private void dispatch() {
            while (!queue.isEmpty() && !idlePairs.isEmpty()) {
                int c = idlePairs.poll();
                idle[c] = false;
                io.aigcnet.layer2.channel.Transfer t = Layer2Plan.transfer(c, nonce[c] - 1, roundsDone[c]);
                current[c] = t;
                requestStart[c] = queue.poll();
                if (!clients[c].pay(t)) {
                    throw new IllegalStateException("idle channel " + c + " refused a transfer");
                }
            }
        }

        private void onOutcome(int c, RoundOutcome o) {
            if (current[c] == null || !o.transfer().equals(current[c])) {
                return;
            }
            if (!o.completed()) {
                if (clients[c].ready()) {
                    clients[c].pay(current[c]); // rolled back: retry on the same channel
                } else {
                    queue.addFirst(requestStart[c]);
                    current[c] = null;
                }
                return;
            }
            long now = System.nanoTime(); // ambient-ok
            done.add(new long[] {now, now - requestStart[c]});
            current[c] = null;
            roundsDone[c]++;
            if (o.committedOnChain()) {
                return; // closing on chain; tick() reopens after settlement
            }
            if (roundsDone[c] >= s.roundsPerChannel()) {
                clients[c].close();
            } else {
                idle[c] = true;
                idlePairs.add(c);
                dispatch();
            }
        }
    }
}
