package io.aigcnet.core.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress for runs without a terminal (nohup, CI logs, a redirected stderr): one plain line every
 * interval, e.g. {@code [progress] prosecutor-throughput: 3/12 (25%), 5m 12s elapsed, ~15m 36s left
 * (w=1000)}. A run shorter than one interval prints nothing, so test and quick-run output stays clean.
 */
final class LogProgress implements Progress {
    static final long DEFAULT_INTERVAL_S = 60;

    private final String task;
    private final long total;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private volatile String message = "";
    private final ScheduledExecutorService timer;

    /** With a daemon timer printing every {@code intervalSeconds} to {@code out}. */
    static LogProgress started(String task, long total, PrintStream out, long intervalSeconds) {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "aigcnet-progress");
            th.setDaemon(true);
            return th;
        });
        LogProgress p = new LogProgress(task, total, out, System::nanoTime, t);
        t.scheduleAtFixedRate(p::report, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        return p;
    }

    /** Without a timer; {@link #report()} prints on demand (tests). */
    LogProgress(String task, long total, PrintStream out, LongSupplier nanoClock, ScheduledExecutorService timer) {
        this.task = task;
        this.total = Math.max(1, total);
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.timer = timer;
    }

    @Override public void step(long n) { done.addAndGet(n); }

    @Override public void message(String text) { message = text == null ? "" : text; }

    /** The current line: count, percentage, elapsed time and, once something is done, a linear estimate of what is left. */
    String line() {
        long d = Math.min(done.get(), total);
        double elapsedS = (nanoClock.getAsLong() - start) / 1e9;
        StringBuilder sb = new StringBuilder("[progress] ").append(task).append(": ").append(d).append('/').append(total)
                .append(String.format(Locale.ROOT, " (%d%%), %s elapsed", Math.round(100.0 * d / total), duration(elapsedS)));
        if (d > 0 && d < total) sb.append(", ~").append(duration(elapsedS * (total - d) / d)).append(" left");
        if (!message.isEmpty()) sb.append(" (").append(message).append(')');
        return sb.toString();
    }

    void report() {
        out.println(line());
        out.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m " + (s % 60) + "s";
        return (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }

    @Override public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
