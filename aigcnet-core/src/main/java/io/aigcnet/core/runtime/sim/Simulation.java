package io.aigcnet.core.runtime.sim;

import io.aigcnet.core.runtime.Cancellable;
import io.aigcnet.core.runtime.Clock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.PriorityQueue;

/**
 * Discrete-event loop in virtual nanoseconds. Events are ordered by (time, priority, serial): equal
 * times run lower priority values first, then in insertion order, so the order never depends on hash
 * codes or threads. The loop optionally folds every executed event (and any {@link #trace} entry) into
 * a SHA-256 trace hash.
 */
public final class Simulation implements Clock {
    /** Timers run before message deliveries that fall on the same nanosecond. */
    public static final int PRIORITY_TIMER = 0;
    public static final int PRIORITY_DELIVERY = 1;

    private static final class Event implements Comparable<Event>, Cancellable {
        final long time;
        final int priority;
        final long serial;
        final int kind;
        Runnable task;

        Event(long time, int priority, long serial, int kind, Runnable task) {
            this.time = time;
            this.priority = priority;
            this.serial = serial;
            this.kind = kind;
            this.task = task;
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(priority, o.priority);
            return c != 0 ? c : Long.compare(serial, o.serial);
        }

        @Override
        public void cancel() {
            task = null;
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final MessageDigest trace;
    private long now;
    private long serial;
    private long executed;

    /** @param tracing whether to maintain the trace hash (costs a little per event) */
    public Simulation(boolean tracing) {
        MessageDigest md = null;
        if (tracing) {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        this.trace = md;
    }

    @Override
    public long nanos() {
        return now;
    }

    /** Schedules {@code task} at absolute virtual time {@code time} (clamped to now). */
    public Cancellable at(long time, int priority, int kind, Runnable task) {
        Event e = new Event(Math.max(time, now), priority, serial++, kind, task);
        queue.add(e);
        return e;
    }

    public Cancellable after(long delayNanos, Runnable task) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("delay must be >= 0, got " + delayNanos);
        }
        return at(now + delayNanos, PRIORITY_TIMER, 0, task);
    }

    /** Runs events until the queue is empty or the next event is later than {@code endNanos}; then sets the clock to it. */
    public void runUntil(long endNanos) {
        while (!queue.isEmpty() && queue.peek().time <= endNanos) {
            step();
        }
        now = Math.max(now, endNanos);
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            step();
        }
    }

    private void step() {
        Event e = queue.poll();
        Runnable task = e.task;
        if (task == null) {
            return;
        }
        now = e.time;
        executed++;
        if (trace != null) {
            foldLong(e.time);
            foldLong(((long) e.priority << 32) | (e.kind & 0xFFFFFFFFL));
            foldLong(e.serial);
        }
        task.run();
    }

    /** Adds an actor-visible fact (e.g. "n2 committed h=5 hash=...") to the trace hash. */
    public void trace(String entry) {
        if (trace != null) {
            trace.update(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public boolean tracing() {
        return trace != null;
    }

    private void foldLong(long v) {
        for (int s = 56; s >= 0; s -= 8) {
            trace.update((byte) (v >>> s));
        }
    }

    /** Hex SHA-256 of the trace so far (does not reset it). */
    public String traceHash() {
        if (trace == null) {
            throw new IllegalStateException("simulation was created without tracing");
        }
        try {
            return HexFormat.of().formatHex(((MessageDigest) trace.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public long eventsExecuted() {
        return executed;
    }

    public int pending() {
        return queue.size();
    }
}
