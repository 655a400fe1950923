package io.aigcnet.core.progress;

/**
 * Progress of a long task. Shown as a bar only when stderr is a terminal; otherwise silent, so
 * logs and CI output stay clean. Always close it (try-with-resources).
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

    /** A bar on the terminal if there is one, else {@link #NONE}. */
    static Progress of(String task, long total) {
        return TerminalProgress.attached() ? new TerminalProgress(task, total) : NONE;
    }
}
