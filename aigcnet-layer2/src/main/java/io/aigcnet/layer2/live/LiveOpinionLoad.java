package io.aigcnet.layer2.live;

import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.layer2.rollup.Opinions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/** The live benchmark's opinion clients: signs opinions at the step's rate and posts them in batches to the RCO nodes in turn. */
final class LiveOpinionLoad implements Runnable {
    private static final int TICK_MS = 50;
    private final Layer2LiveBench.Settings s;
    private final SignatureScheme ed;
    private final NodeHttp http;
    private final LocalNetwork.Plan net;
    final Map<String, Long> sentAt;
    final long[] offered;
    private final List<KeyPair> clients;
    private final List<Address> masps;
    private final UniformRandomProvider rng;
    private final Map<Long, long[]> counts = new HashMap<>();
    private final long[] nonces;
    volatile long start;
    volatile boolean stop;
    volatile Exception error;
    long failed;

    LiveOpinionLoad(Layer2LiveBench.Settings s, SignatureScheme ed, NodeHttp http, Layer2Plan plan, LocalNetwork.Plan net,
                    Map<String, Long> sentAt) {
        this.s = s;
        this.ed = ed;
        this.http = http;
        this.net = net;
        this.offered = new long[s.steps()];
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
        long tick = TICK_MS * 1_000_000L;
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
                    inFlight.add(http.client().sendAsync(HttpRequest.newBuilder(URI.create(NodeHttp.url(net, rco, "/layer2/opinions")))
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
