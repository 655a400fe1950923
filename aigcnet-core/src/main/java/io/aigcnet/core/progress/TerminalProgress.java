package io.aigcnet.core.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal (me.tongfei:progressbar). */
final class TerminalProgress implements Progress {
    private final ProgressBar bar;

    TerminalProgress(String task, long total) {
        this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    /** True when a person is watching: a console exists and this is not a CI job. */
    static boolean attached() {
        return System.console() != null && !"true".equals(System.getenv("CI"));
    }

    @Override public void step(long n) { bar.stepBy(n); }

    @Override public void message(String text) { bar.setExtraMessage(text); }

    @Override public void close() { bar.close(); }
}
