package io.aigcnet.layer2.experiment;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.layer2.rollup.RollupMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ProSecutor Fig. 7(b): canonical ledger growth (MiB/h, paper accounting) of the baseline chain and of
 * ProSecutor's anchor chain with full roll-ups (the paper's) and compact roll-ups (beyond the paper), at
 * the same offered workload.
 */
public final class ProsecutorStorageExperiment implements Experiment {
    static final List<Integer> WORKLOADS = List.of(100, 200, 500);

    @Override
    public String id() {
        return "prosecutor-storage";
    }

    @Override
    public String title() {
        return "Ledger growth with and without roll-up (ProSecutor Fig. 7b)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 7(b), Sec. VII-A (67.5%)";
    }

    @Override
    public void run(ExperimentContext ctx) {
        LoadConfig cfg = ctx.config(LoadConfig.class, ctx.quick() ? LoadConfig.quick(WORKLOADS) : LoadConfig.defaults(WORKLOADS));
        var series = ctx.series("storage", "workload_tps", "baseline_mib_h", "rollup_mib_h", "compact_mib_h", "saving_rollup_pct",
                "saving_compact_pct");
        Map<String, double[]> bars = new LinkedHashMap<>();
        int n = cfg.workloadsTps().size();
        bars.put("baseline (baseline_mib_h)", new double[n]);
        bars.put("roll-up (rollup_mib_h)", new double[n]);
        bars.put("compact roll-up (compact_mib_h)", new double[n]);
        double minRollup = Double.MAX_VALUE;
        double minCompact = Double.MAX_VALUE;
        List<String> cats = new ArrayList<>();
        try (Progress progress = ctx.progress("prosecutor-storage (runs)", 3L * n)) {
            int i = 0;
            for (int w : cfg.workloadsTps()) {
                double base = cfg.baseline(w, ctx.rng()).metrics().canonicalMiBPerHour();
                progress.step(1);
                long seed = ctx.rng().stream("prosecutor-" + w).nextLong();
                double roll = Layer2LoadRun.run(cfg.settings(w, RollupMode.FULL), seed).canonicalMiBPerHour();
                progress.step(1);
                double compact = Layer2LoadRun.run(cfg.settings(w, RollupMode.COMPACT), seed).canonicalMiBPerHour();
                progress.step(1);
                double sr = 100 * (1 - roll / base);
                double sc = 100 * (1 - compact / base);
                ctx.result().put("storage_mib_per_hour.baseline." + w, round(base));
                ctx.result().put("storage_mib_per_hour.rollup." + w, round(roll));
                ctx.result().put("storage_mib_per_hour.compact." + w, round(compact));
                ctx.result().put("saving_pct.rollup." + w, round(sr));
                ctx.result().put("saving_pct.compact." + w, round(sc));
                series.row(w, base, roll, compact, sr, sc);
                bars.get("baseline (baseline_mib_h)")[i] = base;
                bars.get("roll-up (rollup_mib_h)")[i] = roll;
                bars.get("compact roll-up (compact_mib_h)")[i] = compact;
                cats.add(Integer.toString(w));
                minRollup = Math.min(minRollup, sr);
                minCompact = Math.min(minCompact, sc);
                i++;
            }
        }
        String chart = ctx.charts().bars("storage.png", "Ledger growth (Fig. 7b)", "workload (TPS)", "ledger growth (MiB per hour)", cats, bars);
        ctx.charts().seriesFromColumns(chart, series, "baseline_mib_h", "rollup_mib_h", "compact_mib_h");
        ctx.report().image(chart, "Canonical ledger growth: 120 B per block header, 99 B per transaction, 32 B per hash");
        ctx.report().summary("Same offered workload on both systems: " + (int) (100 * cfg.opinionShare()) + "% opinions, "
                + (int) (100 * cfg.transferShare()) + "% fee-ownership transfers. Baseline: every operation is a 99 B"
                + " transaction (capped at the chain's capacity). ProSecutor: each opinion leaves a 32 B hash (full mode) or"
                + " nothing but a share of one roll-up transaction with three hashes per block (compact mode); transfers"
                + " leave only their channel's establish/close transactions.");
        ctx.report().compare("min saving, full roll-up (%)", minRollup, ">= 67.5", Report.Verdict.of(minRollup >= 67.5));
        ctx.report().compare("min saving, compact roll-up (%)", minCompact, ">= 95 (beyond the paper)",
                Report.Verdict.of(minCompact >= 95));
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000.0) / 1000.0 : v;
    }
}
