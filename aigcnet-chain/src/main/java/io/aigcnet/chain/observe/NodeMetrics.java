package io.aigcnet.chain.observe;

import io.aigcnet.chain.validation.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A node's Prometheus metrics through Micrometer. Gauges read the last {@link NodeSample} (taken on the node's
 * loop once a second), so a scrape never touches the node's state from another thread. Names (Prometheus form):
 * {@code aigcnet_blocks_finalized_total}, {@code aigcnet_height_blocks}, {@code aigcnet_finalized_height_blocks},
 * {@code aigcnet_finality_latency_seconds} (histogram), {@code aigcnet_pool_size_transactions},
 * {@code aigcnet_pool_capacity_transactions}, {@code aigcnet_tx_admitted_total},
 * {@code aigcnet_tx_rejected_total{reason}}, {@code aigcnet_tx_dropped_total{reason}},
 * {@code aigcnet_peers_connected}, {@code aigcnet_signature_verifications_total},
 * {@code aigcnet_signature_verifications_per_second}, and Micrometer's JVM and process metrics.
 */
public final class NodeMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter blocks;
    private final Counter admitted;
    private final Timer finality;
    private final Map<Reason, Counter> rejected = new EnumMap<>(Reason.class);
    private final Map<Reason, Counter> dropped = new EnumMap<>(Reason.class);

    public NodeMetrics(Supplier<NodeSample> sample) {
        blocks = Counter.builder("aigcnet.blocks.finalized").description("blocks this node has finalised since it started")
                .register(registry);
        admitted = Counter.builder("aigcnet.tx.admitted").description("client transactions admitted to this node's pool")
                .register(registry);
        finality = Timer.builder("aigcnet.finality.latency")
                .description("from a client transaction's arrival at this node to its block's finalisation")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofSeconds(120))
                .register(registry);
        for (Reason r : Reason.values()) {
            if (r != Reason.OK) {
                rejected.put(r, Counter.builder("aigcnet.tx.rejected").tag("reason", r.name())
                        .description("client transactions refused at admission, by reason").register(registry));
                dropped.put(r, Counter.builder("aigcnet.tx.dropped").tag("reason", r.name())
                        .description("pooled transactions dropped because they could no longer execute, by reason")
                        .register(registry));
            }
        }
        Gauge.builder("aigcnet.height", () -> sample.get().height()).baseUnit("blocks")
                .description("height being decided").register(registry);
        Gauge.builder("aigcnet.finalized.height", () -> sample.get().finalizedHeight()).baseUnit("blocks")
                .description("height of the last finalised block").register(registry);
        Gauge.builder("aigcnet.pool.size", () -> sample.get().poolSize()).baseUnit("transactions")
                .description("transactions waiting in the pool").register(registry);
        Gauge.builder("aigcnet.pool.capacity", () -> sample.get().poolCapacity()).baseUnit("transactions")
                .description("pool capacity").register(registry);
        Gauge.builder("aigcnet.peers.connected", () -> sample.get().peersConnected())
                .description("peers with an open connection").register(registry);
        FunctionCounter.builder("aigcnet.signature.verifications", sample, s -> s.get().signatureVerifications())
                .description("Ed25519 verifications this node has run (cache misses)").register(registry);
        Gauge.builder("aigcnet.signature.verifications.per.second", () -> sample.get().verificationsPerSecond())
                .description("signature verifications per second over the last sampling second").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    void blockFinalized() {
        blocks.increment();
    }

    void finality(double seconds) {
        finality.record(Duration.ofNanos((long) (seconds * 1e9)));
    }

    void admission(Reason r) {
        if (r == Reason.OK) {
            admitted.increment();
        } else {
            rejected.get(r).increment();
        }
    }

    void dropped(Reason r) {
        if (r != Reason.OK) {
            dropped.get(r).increment();
        }
    }

    /** The Prometheus text exposition (format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
