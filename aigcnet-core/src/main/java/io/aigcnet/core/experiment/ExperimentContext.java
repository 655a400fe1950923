package io.aigcnet.core.experiment;

import java.nio.file.Path;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.ResultRecorder;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.core.rng.RngStreams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an experiment gets to run: seed, mode, config, and the output sinks of its run folder. */
public final class ExperimentContext {
    private final long seed;
    private final boolean quick;
    private final Path configFile;
    private final Path dir;
    private final boolean showProgress;
    private final RngStreams rng;
    private final ResultRecorder result = new ResultRecorder();
    private final Map<String, SeriesWriter> series = new LinkedHashMap<>();
    private final Charts charts;
    private final Report report = new Report();
    private Object config;

    /** @param dir the (staging) folder where charts are written while the run is in progress */
    public ExperimentContext(long seed, boolean quick, Path configFile, Path dir, boolean showProgress) {
        this.seed = seed;
        this.quick = quick;
        this.configFile = configFile;
        this.dir = dir;
        this.showProgress = showProgress;
        this.rng = RngStreams.of(seed);
        this.charts = new Charts(dir);
    }

    public long seed() { return seed; }

    /** The CI-sized form: same code path, smaller scale. */
    public boolean quick() { return quick; }

    public RngStreams rng() { return rng; }

    /**
     * The experiment's config: {@code defaults} overridden by the {@code --config} file, then
     * validated. Call once per run; the result is also recorded in result.json under
     * {@code meta.config}.
     */
    public <C> C config(Class<C> type, C defaults) {
        C c = ConfigLoader.load(configFile, type, defaults);
        this.config = c;
        return c;
    }

    Object configUsed() { return config; }

    public ResultRecorder result() { return result; }

    /** A CSV series written as {@code <name>.csv}. Asking again for a name returns the same one. */
    public SeriesWriter series(String name, String... columns) {
        return series.computeIfAbsent(name, n -> new SeriesWriter(n, List.of(columns)));
    }

    Map<String, SeriesWriter> allSeries() { return series; }

    public Charts charts() { return charts; }

    public Report report() { return report; }

    /** A progress bar when run interactively from the CLI; silent in tests and CI. */
    public Progress progress(String task, long total) {
        return showProgress ? Progress.of(task, total) : Progress.NONE;
    }

    /** The folder where extra files may be written (they are kept only if the run succeeds). */
    public Path dir() { return dir; }
}
