package io.aigcnet.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcnet.core.chart.ChartRecord;
import io.aigcnet.core.report.Report;

import io.aigcnet.core.result.Json;
import io.aigcnet.core.result.SeriesWriter;

/**
 * Runs an experiment into {@code out/<id>/} atomically: everything is written into a hidden
 * staging folder beside it, and only a run that finishes replaces the previous folder. A run
 * that fails, or is stopped by SIGINT/SIGTERM, leaves the previous results untouched and no
 * partial folder behind (see {@link OutputFolders}).
 */
public final class ExperimentRunner {
    /**
     * Where a finished run's files are, and the report's check counts.
     *
     * @param checks PASS + FAIL rows (INFO rows are not checks)
     * @param failing the FAIL rows, in report order
     * @param charts what each chart shows, for legibility checks
     */
    public record Outcome(Path dir, boolean allChecksPass, int checks, int failedChecks, long elapsedMillis,
                          int passed, int info, List<Report.Row> failing, List<ChartRecord> charts) {
        public Outcome {
            failing = List.copyOf(failing);
            charts = List.copyOf(charts);
        }
    }

    private ExperimentRunner() {}

    public static Outcome run(Experiment e, long seed, boolean quick, Path outRoot, Path configFile,
                              boolean showProgress, String version) throws Exception {
        return run(e, seed, quick, outRoot, configFile, showProgress, version, reproduceCommand(e, seed, quick, outRoot, configFile));
    }

    /**
     * @param command the command line that repeats this run exactly, printed in report.md
     */
    public static Outcome run(Experiment e, long seed, boolean quick, Path outRoot, Path configFile,
                              boolean showProgress, String version, String command) throws Exception {
        OutputFolders.prepare(outRoot);
        Path target = outRoot.resolve(e.id());
        Path staging = OutputFolders.createStaging(outRoot, e.id());
        long start = System.nanoTime();
        boolean ok = false;
        try {
            ExperimentContext ctx = new ExperimentContext(seed, quick, configFile, staging, showProgress);
            e.run(ctx);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            writeOutputs(e, ctx, staging, seed, quick, version, elapsed, command);
            OutputFolders.publish(staging, target);
            ok = true;
            List<Report.Row> rows = ctx.report().rows();
            List<Report.Row> failing = rows.stream().filter(r -> r.verdict() == Report.Verdict.FAIL).toList();
            int passed = (int) rows.stream().filter(r -> r.verdict() == Report.Verdict.PASS).count();
            int info = rows.size() - passed - failing.size();
            return new Outcome(target, failing.isEmpty(), passed + failing.size(), failing.size(), elapsed, passed, info, failing,
                    ctx.charts().records());
        } finally {
            if (!ok) OutputFolders.discard(staging);
        }
    }

    /** {@code aigcnet reproduce <id> ...} with every option that shaped the run, ready to paste. */
    public static String reproduceCommand(Experiment e, long seed, boolean quick, Path outRoot, Path configFile) {
        StringBuilder sb = new StringBuilder("aigcnet reproduce ").append(e.id()).append(" --seed ").append(seed);
        if (quick) sb.append(" --quick");
        if (configFile != null) sb.append(" --config ").append(shellWord(configFile.toString()));
        sb.append(" --out ").append(shellWord(outRoot.toString()));
        return sb.toString();
    }

    /** A word safe to paste into a POSIX shell: quoted only when it needs to be. */
    public static String shellWord(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=@%+,-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void writeOutputs(Experiment e, ExperimentContext ctx, Path dir, long seed, boolean quick,
                                     String version, long elapsedMillis, String command) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("experiment", e.id());
        meta.put("title", e.title());
        meta.put("paper", e.paperRef());
        meta.put("seed", seed);
        meta.put("quick", quick);
        meta.put("command", command);
        meta.put("aigcnet_version", version);
        if (ctx.configUsed() != null) meta.put("config", io.aigcnet.core.config.ConfigLoader.toTree(ctx.configUsed()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("meta", meta);
        if (ctx.result().asMap().containsKey("meta"))
            throw new IllegalStateException("experiment " + e.id() + " must not record a top-level 'meta' key");
        doc.putAll(ctx.result().asMap());
        Json.mapper().writeValue(dir.resolve("result.json").toFile(), doc);

        for (SeriesWriter s : ctx.allSeries().values())
            Files.writeString(dir.resolve(s.name() + ".csv"), s.toCsv());

        String header = "Paper: " + e.paperRef() + "  \nCommand: `" + command + "`  \nMode: "
                + (quick ? "quick (CI-sized)" : "full") + ", seed " + seed
                + ", wall time " + String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0)
                + ", aigcnet " + version + "  \nFiles: `result.json`"
                + (ctx.allSeries().isEmpty() ? "" : ", " + String.join(", ", ctx.allSeries().keySet().stream().map(n -> "`" + n + ".csv`").toList()))
                + (ctx.charts().written().isEmpty() ? "" : ", " + String.join(", ", ctx.charts().written().stream().map(n -> "`" + n + "`").toList()));
        Files.writeString(dir.resolve("report.md"), ctx.report().render(e.title(), header));
    }
}
