package io.aigcnet.layer2.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LiveRuntime;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeConfig;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.core.rng.RngStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
    private final NodeHttp http = new NodeHttp();
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

    private Outcome drive(Layer2Plan plan, LocalNetwork.Plan net, List<Process> procs) throws Exception {
        long t00 = System.nanoTime(); // ambient-ok: benchmark timing (all times below are System.nanoTime)
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        try (LiveRuntime loop = new LiveRuntime("layer2-driver");
             Layer2Link link = new Layer2Link(plan.driverProcess(), plan.linkAddresses(), loop)) {
            link.start();
            LiveChannelClients channels = new LiveChannelClients(s, ed, plan, link, loop);
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

            FinalisedBlockWatcher watcher = new FinalisedBlockWatcher(http, net, s.nodes() - 1);
            Thread watch = new Thread(watcher, "layer2-watch");
            watch.setDaemon(true);
            LiveOpinionLoad sender = new LiveOpinionLoad(s, ed, http, plan, net, sentAt);
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
                Map<String, Object> st = json.convertValue(http.getJson(NodeHttp.url(net, i, "/layer2/status")), Map.class);
                status.add(st);
            }
            return loop.call(() -> outcome(t0, stepNanos, cpuAt, watcher, sender, channels, status));
        }
    }

    private Outcome outcome(long t0, long stepNanos, List<double[]> cpuAt, FinalisedBlockWatcher w, LiveOpinionLoad sender, LiveChannelClients ch,
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

}
