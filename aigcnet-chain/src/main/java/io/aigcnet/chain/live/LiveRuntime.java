package io.aigcnet.chain.live;

import io.aigcnet.core.runtime.Cancellable;
import io.aigcnet.core.runtime.Clock;
import io.aigcnet.core.runtime.Scheduler;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wall clock plus one event-loop thread. Every task, timer and incoming message of the node runs on this
 * thread, so actor code needs no locks, exactly as in the simulator.
 */
public final class LiveRuntime implements Clock, Scheduler, AutoCloseable {
    private final ScheduledExecutorService loop;

    public LiveRuntime(String name) {
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Unix-epoch nanoseconds at millisecond precision: slots must line up across processes. */
    @Override
    public long nanos() {
        return System.currentTimeMillis() * 1_000_000L; // ambient-ok: this is the live runtime's clock
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable task) {
        ScheduledFuture<?> f = loop.schedule(guard(task), Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    public void execute(Runnable task) {
        loop.execute(guard(task));
    }

    /** Runs {@code task} on the loop and waits for its result (for HTTP queries). */
    public <T> T call(Callable<T> task) throws Exception {
        Future<T> f = loop.submit(task);
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            f.cancel(false);
            throw e;
        }
    }

    private static Runnable guard(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the loop must survive a failing task; the node counts its own errors
                System.err.println("node loop task failed: " + e);
            }
        };
    }

    @Override
    public void close() {
        loop.shutdownNow();
        try {
            // the store closes after the loop: a task still running must not write to a closed store
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
