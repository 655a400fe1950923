package io.aigcnet.layer2.channel;

import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.Scheduler;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fault injection of Fig. 10(b): each outgoing instruction of one party is delayed by
 * {@code delayNanos} with probability {@code p} (an intentional or accidental delay of that
 * instruction), on top of whatever the network does.
 */
public final class DelayingNetwork<M> implements Network<M> {
    private final Network<M> inner;
    private final Scheduler scheduler;
    private final UniformRandomProvider rng;
    private final double p;
    private final long delayNanos;
    private final java.util.function.Predicate<M> which;
    private long delayed;

    public DelayingNetwork(Network<M> inner, Scheduler scheduler, UniformRandomProvider rng, double p, long delayNanos) {
        this(inner, scheduler, rng, p, delayNanos, m -> true);
    }

    /** Delays every message that {@code which} selects by {@code delayNanos} (a party that stalls one step on purpose). */
    public static <M> DelayingNetwork<M> always(Network<M> inner, Scheduler scheduler, long delayNanos,
                                                java.util.function.Predicate<M> which) {
        return new DelayingNetwork<>(inner, scheduler, null, 1, delayNanos, which);
    }

    private DelayingNetwork(Network<M> inner, Scheduler scheduler, UniformRandomProvider rng, double p, long delayNanos,
                            java.util.function.Predicate<M> which) {
        this.which = which;
        if (!(p >= 0 && p <= 1) || delayNanos < 0) {
            throw new IllegalArgumentException("delay probability must be in [0, 1] and delay >= 0");
        }
        this.inner = inner;
        this.scheduler = scheduler;
        this.rng = rng;
        this.p = p;
        this.delayNanos = delayNanos;
    }

    @Override
    public NodeId self() {
        return inner.self();
    }

    @Override
    public List<NodeId> peers() {
        return inner.peers();
    }

    @Override
    public void send(NodeId to, M message) {
        if (which.test(message) && p > 0 && (p >= 1 || rng.nextDouble() < p)) {
            delayed++;
            scheduler.schedule(delayNanos, () -> inner.send(to, message));
        } else {
            inner.send(to, message);
        }
    }

    @Override
    public void onReceive(MessageHandler<M> handler) {
        inner.onReceive(handler);
    }

    public long delayedCount() {
        return delayed;
    }
}
