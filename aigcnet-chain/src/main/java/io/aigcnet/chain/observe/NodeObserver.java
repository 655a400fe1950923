package io.aigcnet.chain.observe;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.node.NodeStats;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.core.runtime.Clock;
import io.aigcnet.core.runtime.Scheduler;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Watches one node from its event loop: listens to its commits and drops, is told of client submissions, and
 * samples its counters once a second. Owns the node's {@link TxTracker}, {@link ChainSeries} and
 * {@link NodeMetrics}. Every method except {@link #sample()} and {@link #metrics()} runs on the node's loop.
 */
public final class NodeObserver implements AutoCloseable {
    private static final long SAMPLE_NANOS = 1_000_000_000L;
    private final ChainNode node;
    private final Clock clock;
    private final Scheduler scheduler;
    private final IntSupplier peersConnected;
    private final LongSupplier verifications;
    private final TxTracker tracker = new TxTracker(100_000);
    private final ChainSeries series = new ChainSeries(600);
    private final NodeMetrics metrics;
    private volatile NodeSample sample = NodeSample.EMPTY;
    private volatile boolean closed;

    /** Call before the node starts (listeners are added to it here). */
    public NodeObserver(ChainNode node, Clock clock, Scheduler scheduler, IntSupplier peersConnected, LongSupplier verifications) {
        this.node = node;
        this.clock = clock;
        this.scheduler = scheduler;
        this.peersConnected = peersConnected;
        this.verifications = verifications;
        this.metrics = new NodeMetrics(() -> sample);
        node.addListener(this::onCommit);
        node.addDropListener((tx, why) -> {
            tracker.dropped(tx, why, clock.nanos());
            metrics.dropped(why.reason());
        });
    }

    /** Starts the once-a-second sampling on the node's loop. */
    public void start() {
        scheduler.schedule(0, this::tick);
    }

    private void tick() {
        if (closed) {
            return;
        }
        takeSample();
        scheduler.schedule(SAMPLE_NANOS, this::tick);
    }

    /** Takes a fresh sample now (on the loop). */
    public NodeSample takeSample() {
        NodeStats s = node.stats();
        long now = clock.nanos();
        long verif = verifications.getAsLong();
        NodeSample prev = sample;
        double rate = prev.nanos() > 0 && now > prev.nanos() ? (verif - prev.signatureVerifications()) * 1e9 / (now - prev.nanos()) : 0;
        NodeSample fresh = new NodeSample(now, s.height() + 1, node.finalizedHeight(), s.round(), s.poolSize(),
                node.pool().capacity(), s.admitted(), s.rejected(), peersConnected.getAsInt(), verif, rate,
                node.activeSuperNodes().stream().map(a -> a.hex()).toList());
        sample = fresh;
        return fresh;
    }

    /** A client submitted {@code tx} to this node and admission said {@code v}. */
    /** Transactions refused before they were decoded (the pool was at its client limit). */
    public void shed(int count, io.aigcnet.chain.validation.Reason reason) {
        for (int i = 0; i < count; i++) {
            metrics.admission(reason);
        }
    }

    public void submitted(Transaction tx, Verdict v) {
        tracker.submitted(tx, v, clock.nanos());
        metrics.admission(v.reason());
    }

    private void onCommit(Block b, io.aigcnet.chain.block.CommitCertificate cert, long nanos) {
        metrics.blockFinalized();
        double[] lat = new double[b.txs().size()];
        int n = 0;
        for (Transaction tx : b.txs()) {
            var e = tracker.get(tx.id());
            if (e.isPresent() && e.get().verdict() == null) {
                lat[n] = Math.max(0, nanos - e.get().seenNanos()) / 1e9;
                metrics.finality(lat[n]);
                n++;
            }
        }
        series.add(b.height(), nanos, b.txs().size(), java.util.Arrays.copyOf(lat, n), b.hash().hex(), b.producer().hex(),
                cert.precommits().stream().map(v -> v.validator().hex()).toList(),
                b.txs().stream().limit(5).map(t -> t.id().hex()).toList());
    }

    public TxTracker tracker() {
        return tracker;
    }

    /** On the loop only. */
    public List<ChainSeries.Point> points(int n) {
        return series.last(n);
    }

    /** Last sample; any thread. */
    public NodeSample sample() {
        return sample;
    }

    /** Any thread. */
    public NodeMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        closed = true;
        metrics.close();
    }
}
