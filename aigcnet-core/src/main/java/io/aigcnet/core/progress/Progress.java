package io.aigcnet.core.progress;

/**
 * Progress of a long task. A bar when stderr is a terminal; otherwise one plain line a minute on
 * stderr (nothing for runs shorter than that), so long runs under nohup or in CI logs still say how
 * far they are. {@code AIGCNET_NO_PROGRESS=1} silences both. Always close it (try-with-resources).
 */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override public void step(long n) {}
        @Override public void message(String text) {}
        @Override public void close() {}
    };

    void step(long n);

    default void step() { step(1); }

    /** A short status shown beside the bar (e.g. the current workload). */
    void message(String text);

    @Override void close();

    /** A bar on the terminal if there is one, else a line a minute on stderr. */
    static Progress of(String task, long total) {
        if (System.getenv("AIGCNET_NO_PROGRESS") != null) return NONE;
        if (TerminalProgress.attached()) return new TerminalProgress(task, total);
        return LogProgress.started(task, total, System.err, LogProgress.DEFAULT_INTERVAL_S);
    }
}
