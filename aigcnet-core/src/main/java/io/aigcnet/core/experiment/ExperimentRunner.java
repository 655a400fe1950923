package io.aigcnet.core.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.aigcnet.core.result.Json;
import io.aigcnet.core.result.SeriesWriter;

/**
 * Runs an experiment into {@code out/<id>/} atomically: everything is written into a hidden
 * staging folder beside it, and only a run that finishes replaces the previous folder. A run
 * that fails leaves the previous results untouched and no partial folder behind.
 */
public final class ExperimentRunner {
    /** Where a finished run's files are, and the report's pass/fail summary. */
    public record Outcome(Path dir, boolean allChecksPass, int checks, int failedChecks, long elapsedMillis) {}

    private ExperimentRunner() {}

    public static Outcome run(Experiment e, long seed, boolean quick, Path outRoot, Path configFile,
                              boolean showProgress, String version) throws Exception {
        Files.createDirectories(outRoot);
        Path target = outRoot.resolve(e.id());
        Path staging = Files.createTempDirectory(outRoot, "." + e.id() + ".partial-");
        long start = System.nanoTime();
        boolean ok = false;
        try {
            ExperimentContext ctx = new ExperimentContext(seed, quick, configFile, staging, showProgress);
            e.run(ctx);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            writeOutputs(e, ctx, staging, seed, quick, version, elapsed);
            replace(staging, target);
            ok = true;
            int failed = (int) ctx.report().rows().stream().filter(r -> r.verdict() == io.aigcnet.core.report.Report.Verdict.FAIL).count();
            int checked = (int) ctx.report().rows().stream().filter(r -> r.verdict() != io.aigcnet.core.report.Report.Verdict.INFO).count();
            return new Outcome(target, failed == 0, checked, failed, elapsed);
        } finally {
            if (!ok) deleteTree(staging);
        }
    }

    private static void writeOutputs(Experiment e, ExperimentContext ctx, Path dir, long seed, boolean quick,
                                     String version, long elapsedMillis) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("experiment", e.id());
        meta.put("title", e.title());
        meta.put("paper", e.paperRef());
        meta.put("seed", seed);
        meta.put("quick", quick);
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

        String header = "Paper: " + e.paperRef() + "  \nCommand: `aigcnet reproduce " + e.id() + " --seed " + seed
                + (quick ? " --quick" : "") + "`  \nMode: " + (quick ? "quick (CI-sized)" : "full") + ", seed " + seed
                + ", wall time " + String.format(java.util.Locale.ROOT, "%.1f s", elapsedMillis / 1000.0)
                + ", aigcnet " + version + "  \nFiles: `result.json`"
                + (ctx.allSeries().isEmpty() ? "" : ", " + String.join(", ", ctx.allSeries().keySet().stream().map(n -> "`" + n + ".csv`").toList()))
                + (ctx.charts().written().isEmpty() ? "" : ", " + String.join(", ", ctx.charts().written().stream().map(n -> "`" + n + "`").toList()));
        Files.writeString(dir.resolve("report.md"), ctx.report().render(e.title(), header));
    }

    private static void replace(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(staging, target);
        }
        if (old != null) deleteTree(old);
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(q -> {
                try {
                    Files.deleteIfExists(q);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
