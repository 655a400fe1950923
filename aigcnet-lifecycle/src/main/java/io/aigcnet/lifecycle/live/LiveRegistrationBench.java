package io.aigcnet.lifecycle.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.http.LifecycleHttpClient;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Registrations per second finalised on a live loopback network of lifecycle nodes.
 *
 * <p>Each registration is the generation phase of {@code aigcnet aigc register}: the sealed image is stored
 * ({@code POST /aigc/content}), the producer's GEN_OPEN is submitted to node X, and once node X shows it in
 * a finalised block the ESP's GEN_CLAIM (revealing the key) is submitted to node X; the chain opens the
 * content, fingerprints it and registers the product. A registration counts only when the claim is in a
 * finalised block of node Y = X + 1 (mod n) and {@code GET /aigc/product/<id>} on node Y shows the producer
 * as owner. Its confirmation time runs from its scheduled offer time to that read.
 */
public final class LiveRegistrationBench {
    /** Price the producer pays the ESP per registration (one token, as the register command's default). */
    public static final long PRICE = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    /**
     * @param accounts producer accounts (as many ESP accounts again); registration i uses pair i mod accounts
     * @param drainS how long after the last offer unfinished registrations are still followed
     */
    public record Settings(int nodes, int basePort, long intervalMs, LoadSchedule load, int imageSize, long seed, int accounts,
            double drainS) {
        public Settings {
            if (nodes < 2 || nodes > 16) {
                throw new IllegalArgumentException("--nodes must be in [2, 16] (a registration is read back on a node other "
                        + "than the one it was sent to), got " + nodes);
            }
            if (basePort < 1024 || basePort + 2 * nodes - 1 > 65535) {
                throw new IllegalArgumentException("--base-port must be in [1024, " + (65536 - 2 * nodes) + "], got " + basePort);
            }
            if (intervalMs < 100 || intervalMs > 10_000) {
                throw new IllegalArgumentException("--interval-ms must be in [100, 10000], got " + intervalMs);
            }
            if (imageSize < 32 || imageSize > 2048) {
                throw new IllegalArgumentException("--image-size must be in [32, 2048] pixels, got " + imageSize);
            }
            if (accounts < 1 || accounts > 512) {
                throw new IllegalArgumentException("--accounts must be in [1, 512], got " + accounts);
            }
            if (!(drainS >= 0 && drainS <= 120)) {
                throw new IllegalArgumentException("drain must be in [0, 120] s, got " + drainS);
            }
        }
    }

    /** A running network of node processes; closing it stops them. */
    public static final class Network implements AutoCloseable {
        private final Path dir;
        private final LocalNetwork.Plan plan;
        private final List<Process> procs;
        private final List<LifecycleHttpClient> clients = new ArrayList<>();

        Network(Path dir, LocalNetwork.Plan plan, List<Process> procs) {
            this.dir = dir;
            this.plan = plan;
            this.procs = procs;
            plan.nodes().forEach(c -> clients.add(new LifecycleHttpClient("http://127.0.0.1:" + c.httpPort())));
        }

        public int size() {
            return procs.size();
        }

        public LifecycleHttpClient client(int node) {
            return clients.get(node);
        }

        public String url(int node) {
            return "http://127.0.0.1:" + plan.nodes().get(node).httpPort();
        }

        public List<String> clientSeeds() {
            return plan.clientSeeds();
        }

        double cpuSeconds(int node) {
            return procs.get(node).info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }

        @Override
        public void close() throws IOException {
            LocalNetwork.stop(dir);
        }
    }

    /**
     * Starts {@code nodes} processes with {@code nodeCommand} (plus {@code --config FILE}) and the plan adapted
     * by {@code planForApp}, and waits until every node has finalised a block.
     */
    public static Network start(List<String> nodeCommand, UnaryOperator<LocalNetwork.Plan> planForApp, Path dir, Settings s,
            UniformRandomProvider keys) throws IOException, InterruptedException {
        LocalNetwork.Plan plan = planForApp.apply(LocalNetwork.plan(s.nodes(), dir.toAbsolutePath(), s.basePort(), s.intervalMs(),
                2 * s.accounts(), keys, System.currentTimeMillis() + 5000)); // ambient-ok: live genesis time
        List<Path> configs = LocalNetwork.write(plan, dir);
        List<Process> procs = LocalNetwork.spawn(nodeCommand, configs, dir);
        String failure = LocalNetwork.awaitFinalising(plan, procs, dir, 180);
        if (failure != null) {
            LocalNetwork.stop(dir);
            throw new IllegalStateException("the network did not come up: " + failure);
        }
        return new Network(dir, plan, procs);
    }

    /** One registration, signed before the timed part. */
    record Registration(int index, int step, double offerAtS, int sentTo, int readOn, String producer,
            RegistrationPayloads.Payload payload, Transaction open, Transaction claim, Hash product) {
    }

    // registration states
    private static final int WAITING = 0;
    private static final int SENT = 1;
    private static final int CONFIRMED = 2;
    private static final int REJECTED = 3;

    private final Network net;
    private final Settings settings;
    private final Consumer<String> log;
    private final ExecutorService io = Executors.newFixedThreadPool(16);
    private final Map<String, String> rejections = new java.util.concurrent.ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Integer> toCheck = new ConcurrentLinkedQueue<>();
    private List<Registration> regs;
    private AtomicIntegerArray state;
    private AtomicIntegerArray claimSent;
    private AtomicLongArray confirmedAtNanos;
    private AtomicLongArray blockTimeNanos;

    public LiveRegistrationBench(Network net, Settings settings, Consumer<String> log) {
        this.net = net;
        this.settings = settings;
        this.log = log;
    }

    /** Signs one GEN_OPEN and one GEN_CLAIM per payload; the producer's time lock covers the whole run. */
    private List<Registration> sign(RegistrationPayloads payloads) throws IOException, InterruptedException {
        LifecycleHttpClient n0 = net.client(0);
        long maxLock = n0.get("/aigc/params").get("max_timelock_ns").asLong();
        long runNanos = (long) ((settings.load().durationS() + settings.drainS() + 60) * SECOND);
        if (runNanos > maxLock) {
            throw new IllegalArgumentException("--duration plus the drain exceeds the chain's longest time lock ("
                    + maxLock / SECOND + " s)");
        }
        long expiry = n0.currentTimeNanos() + maxLock - 30 * SECOND;
        List<String> seeds = net.clientSeeds();
        int pairs = settings.accounts();
        List<Party> producers = new ArrayList<>();
        List<Party> esps = new ArrayList<>();
        for (int a = 0; a < pairs; a++) {
            producers.add(resume(n0, "producer-" + a, seeds.get(a)));
            esps.add(resume(n0, "esp-" + a, seeds.get(pairs + a)));
        }
        List<LoadSchedule.Offer> offers = settings.load().offerTimes();
        List<Registration> out = new ArrayList<>(offers.size());
        for (LoadSchedule.Offer o : offers) {
            RegistrationPayloads.Payload p = payloads.payloads().get(o.index());
            Party producer = producers.get(o.index() % pairs);
            Party esp = esps.get(o.index() % pairs);
            // the same two transactions as 'aigc register': open under H(k) with the prompt commitment, claim with k
            Transaction open = producer.genOpen(esp.address(), PRICE, new HashLock(p.sealed().lockHash(), expiry),
                    p.sealed().cipherRef(), p.sealed().promptCommitment());
            Transaction claim = esp.genClaim(open.id(), p.sealed().key());
            int x = o.index() % net.size();
            out.add(new Registration(o.index(), o.step(), o.atS(), x, (x + 1) % net.size(), producer.address().hex(), p, open, claim,
                    LifecycleApp.productIdOf(open.id())));
        }
        return out;
    }

    private static Party resume(LifecycleHttpClient node, String name, String seedHex) throws IOException, InterruptedException {
        Party p = new Party(name, KeyPair.fromSeedHex(seedHex), SignatureScheme.ed25519());
        p.nextNonce(node.lastNonce(p.address()) + 1);
        return p;
    }

    private void reject(Registration r, String why) {
        if (state.compareAndSet(r.index(), SENT, REJECTED) || state.compareAndSet(r.index(), WAITING, REJECTED)) {
            rejections.put(r.open().id().hex(), why);
        }
    }

    private void offer(Registration r) {
        try {
            LifecycleHttpClient x = net.client(r.sentTo());
            x.putContent(r.payload().sealed().sealed());
            x.submit(r.open());
        } catch (IOException e) {
            reject(r, "open: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendClaim(Registration r) {
        try {
            net.client(r.sentTo()).submit(r.claim());
        } catch (IOException e) {
            reject(r, "claim: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the product on node Y; not there yet (or an error) means: check again next round. */
    private void check(Registration r, long startNanos) {
        try {
            Optional<JsonNode> h = net.client(r.readOn()).find("/aigc/product/" + r.product().hex());
            if (h.isPresent() && r.producer().equals(h.get().path("product").path("owner").asText())) {
                long now = System.nanoTime(); // ambient-ok: live benchmark timing
                blockTimeNanos.set(r.index(), h.get().path("product").path("registered_time_ns").asLong());
                if (state.compareAndSet(r.index(), SENT, CONFIRMED)) {
                    confirmedAtNanos.set(r.index(), now - startNanos);
                }
                return;
            }
        } catch (IOException e) {
            // the node may be busy: the next round retries
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (state.get(r.index()) == SENT) {
            toCheck.add(r.index());
        }
    }

    /** Generates the payloads, signs them, runs the schedule on the network and checks the outcome on every node. */
    public BenchResult run(UniformRandomProvider images) throws IOException, InterruptedException {
        LoadSchedule load = settings.load();
        log.accept("generating " + load.totalOffers() + " images of " + settings.imageSize() + "x" + settings.imageSize() + " px...");
        RegistrationPayloads payloads = RegistrationPayloads.generate(load.totalOffers(), settings.imageSize(), images);
        log.accept(String.format(java.util.Locale.ROOT, "generated %d payloads in %.1f s (%.1f/s on %d threads)",
                payloads.payloads().size(), payloads.seconds(), payloads.perSecond(), payloads.threads()));
        regs = sign(payloads);
        int n = regs.size();
        state = new AtomicIntegerArray(n);
        claimSent = new AtomicIntegerArray(n);
        confirmedAtNanos = new AtomicLongArray(n);
        blockTimeNanos = new AtomicLongArray(n);
        Map<String, Integer> byOpen = new HashMap<>();
        Map<String, Integer> byClaim = new HashMap<>();
        for (Registration r : regs) {
            byOpen.put(r.open().id().hex(), r.index());
            byClaim.put(r.claim().id().hex(), r.index());
        }
        int nodes = net.size();
        long[] seen = new long[nodes];
        for (int i = 0; i < nodes; i++) {
            seen[i] = net.client(i).get("/status").get("finalized_height").asLong();
        }
        double[][] cpuAtStep = new double[load.steps() + 1][nodes];
        int stepsSampled = 0;
        double clientCpuBefore = selfCpuSeconds();
        long start = System.nanoTime(); // ambient-ok: live benchmark timing
        long end = start + (long) (load.durationS() * SECOND);
        long giveUp = end + (long) (settings.drainS() * SECOND);
        int next = 0;
        try {
            while (true) {
                long now = System.nanoTime(); // ambient-ok: live benchmark timing
                while (stepsSampled <= load.steps() && now - start >= (long) (stepsSampled * load.stepSeconds() * SECOND)) {
                    for (int i = 0; i < nodes; i++) {
                        cpuAtStep[stepsSampled][i] = net.cpuSeconds(i);
                    }
                    stepsSampled++;
                }
                while (next < n && now - start >= (long) (regs.get(next).offerAtS() * SECOND)) {
                    Registration r = regs.get(next++);
                    state.set(r.index(), SENT);
                    io.submit(() -> offer(r));
                }
                for (int node = 0; node < nodes; node++) {
                    follow(node, seen, byOpen, byClaim, start);
                }
                for (Integer i = toCheck.poll(); i != null; i = toCheck.poll()) {
                    Registration r = regs.get(i);
                    io.submit(() -> check(r, start));
                }
                if (now >= end && next == n && terminal() == n) {
                    break;
                }
                if (now >= giveUp) {
                    break;
                }
                Thread.sleep(50);
            }
        } finally {
            io.shutdown();
            io.awaitTermination(30, TimeUnit.SECONDS);
        }
        long finish = System.nanoTime(); // ambient-ok: live benchmark timing
        double wall = (finish - start) / 1e9;
        double[] cpuEnd = new double[nodes];
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            cpuEnd[i] = net.cpuSeconds(i);
            cpu.add((cpuEnd[i] - cpuAtStep[0][i]) / wall);
        }
        for (int k = stepsSampled; k <= load.steps(); k++) {
            cpuAtStep[k] = cpuEnd.clone();
        }
        double clientCpu = (selfCpuSeconds() - clientCpuBefore) / wall;
        classifyUnfinished();
        return result(payloads, cpu, cpuAtStep, wall, clientCpu);
    }

    private int terminal() {
        int t = 0;
        for (int i = 0; i < state.length(); i++) {
            int s = state.get(i);
            t += s == CONFIRMED || s == REJECTED ? 1 : 0;
        }
        return t;
    }

    /** Reads node {@code node}'s newly finalised blocks: a final open is followed by its claim, a final claim by a read. */
    private void follow(int node, long[] seen, Map<String, Integer> byOpen, Map<String, Integer> byClaim, long start)
            throws InterruptedException {
        LifecycleHttpClient c = net.client(node);
        long h;
        try {
            h = c.get("/status").get("finalized_height").asLong();
        } catch (IOException e) {
            return;
        }
        while (seen[node] < h) {
            JsonNode b;
            try {
                b = c.get("/block/" + (seen[node] + 1));
            } catch (IOException e) {
                return;
            }
            seen[node]++;
            for (JsonNode id : b.path("txs")) {
                Integer o = byOpen.get(id.asText());
                if (o != null && regs.get(o).sentTo() == node && claimSent.compareAndSet(o, 0, 1)) {
                    Registration r = regs.get(o);
                    io.submit(() -> sendClaim(r));
                }
                Integer cl = byClaim.get(id.asText());
                if (cl != null && regs.get(cl).readOn() == node) {
                    Registration r = regs.get(cl);
                    io.submit(() -> check(r, start));
                }
            }
        }
    }

    /** What became of registrations neither confirmed nor refused at admission: dropped by the chain, or still pending. */
    private void classifyUnfinished() {
        for (Registration r : regs) {
            if (state.get(r.index()) != SENT) {
                continue;
            }
            for (Transaction tx : List.of(r.open(), r.claim())) {
                try {
                    Optional<JsonNode> t = net.client(r.sentTo()).find("/tx/" + tx.id().hex());
                    if (t.isPresent() && "rejected".equals(t.get().path("state").asText())) {
                        reject(r, (tx == r.open() ? "open: " : "claim: ") + t.get().path("reason").asText() + " "
                                + t.get().path("detail").asText());
                        break;
                    }
                } catch (IOException e) {
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The registration confirmed on its other node: every node now shows it with the producer as owner? */
    private boolean onEveryNode(Registration r) {
        for (int i = 0; i < net.size(); i++) {
            try {
                Optional<JsonNode> h = net.client(i).find("/aigc/product/" + r.product().hex());
                if (h.isEmpty() || !r.producer().equals(h.get().path("product").path("owner").asText())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static double selfCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    private BenchResult result(RegistrationPayloads payloads, List<Double> cpu, double[][] cpuAtStep, double wall,
            double clientCpu) {
        LoadSchedule load = settings.load();
        double stepS = load.stepSeconds();
        double blockS = settings.intervalMs() / 1e3;
        List<BenchResult.Step> steps = new ArrayList<>();
        int confirmed = 0;
        for (int k = 0; k < load.steps(); k++) {
            LatencyRecorder lat = new LatencyRecorder();
            int offered = 0;
            int rejected = 0;
            long firstAt = Long.MAX_VALUE;
            long lastAt = Long.MIN_VALUE;
            for (Registration r : regs) {
                if (r.step() != k) {
                    continue;
                }
                offered++;
                int s = state.get(r.index());
                if (s == CONFIRMED) {
                    lat.add(confirmedAtNanos.get(r.index()) / 1e9 - r.offerAtS());
                    long at = blockTimeNanos.get(r.index());
                    firstAt = Math.min(firstAt, at);
                    lastAt = Math.max(lastAt, at);
                } else if (s == REJECTED) {
                    rejected++;
                }
            }
            confirmed += lat.count();
            // the rate at which the chain registered this step's offers, on the chain's own clock: from the block time
            // of the first registration to that of the last, plus one block interval (B blocks on the slot grid span
            // B - 1 intervals but carry B intervals' worth of registrations)
            double rate = lat.count() == 0 ? 0 : lat.count() / ((lastAt - firstAt) / 1e9 + blockS);
            List<Double> stepCpu = new ArrayList<>();
            for (int i = 0; i < net.size(); i++) {
                stepCpu.add((cpuAtStep[k + 1][i] - cpuAtStep[k][i]) / stepS);
            }
            steps.add(new BenchResult.Step(load.rate(k), offered, lat.count(), rate, lat.percentile(50) * 1000,
                    lat.percentile(95) * 1000, rejected, offered - lat.count() - rejected, stepCpu));
        }
        int onAll = 0;
        for (Registration r : regs) {
            if (state.get(r.index()) == CONFIRMED && onEveryNode(r)) {
                onAll++;
            }
        }
        Map<String, Integer> reasons = new TreeMap<>();
        rejections.values().forEach(w -> reasons.merge(shortReason(w), 1, Integer::sum));
        List<BenchResult.Confirmed> counted = new ArrayList<>();
        for (Registration r : regs) {
            if (state.get(r.index()) == CONFIRMED) {
                counted.add(new BenchResult.Confirmed(r.product(), r.producer(), r.sentTo(), r.readOn()));
            }
        }
        return new BenchResult(net.size(), Runtime.getRuntime().availableProcessors(), settings.intervalMs(), settings.imageSize(),
                load.durationS(), wall, steps, confirmed, onAll, reasons, cpu, clientCpu, payloads.payloads().size(), payloads.seconds(),
                payloads.threads(), payloads.meanPngBytes(), counted);
    }

    private static String shortReason(String why) {
        String s = why.length() > 120 ? why.substring(0, 120) : why;
        return s.replaceAll("[0-9a-f]{16,}", "…");
    }
}
