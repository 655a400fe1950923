package io.aigcnet.core.runtime;

/**
 * Runs tasks later. Tasks of one actor never run concurrently with each other or with its message
 * handler (the simulator is single-threaded; the live runtime uses one event loop per node), so actors
 * need no locks.
 */
public interface Scheduler {
    /** Runs {@code task} after {@code delayNanos} (0 = as soon as possible, after already queued work). */
    Cancellable schedule(long delayNanos, Runnable task);
}
