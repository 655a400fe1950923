package io.aigcnet.layer2.experiment;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.chain.sim.BaselineRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ProSecutor Fig. 7(a): throughput of ProSecutor (roll-ups + channels) and of the baseline chain (every
 * operation on chain, the ledger module's BlockEmulator-parity chain) under the same offered workload.
 */
public final class ProsecutorThroughputExperiment implements Experiment {
    static final List<Integer> FULL = List.of(100, 200, 500, 1000, 2000, 5000);
    static final List<Integer> QUICK = List.of(100, 5000);

    @Override
    public String id() {
        return "prosecutor-throughput";
    }

    @Override
    public String title() {
        return "Throughput of ProSecutor vs the baseline chain (ProSecutor Fig. 7a)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 7(a), abstract (12.5x)";
    }

    @Override
    public void run(ExperimentContext ctx) {
        LoadConfig cfg = ctx.config(LoadConfig.class, ctx.quick() ? LoadConfig.quick(QUICK) : LoadConfig.defaults(FULL));
        Map<Integer, double[]> rows = new LinkedHashMap<>();
        var series = ctx.series("throughput", "workload_tps", "prosecutor_tps", "opinion_tps", "transfer_tps", "plain_tps",
                "baseline_tps");
        try (Progress progress = ctx.progress("prosecutor-throughput (workload points)", 2L * cfg.workloadsTps().size())) {
            for (int w : cfg.workloadsTps()) {
                Layer2LoadRun.Outcome p = Layer2LoadRun.run(cfg.settings(w, RollupMode.FULL), ctx.rng().stream("prosecutor-" + w).nextLong());
                progress.step(1);
                BaselineRun.Outcome b = cfg.baseline(w, ctx.rng());
                progress.step(1);
                double bt = b.metrics().throughputTps();
                ctx.result().put("throughput_tps.prosecutor." + w, round(p.throughputTps()));
                ctx.result().put("throughput_tps.baseline." + w, round(bt));
                ctx.result().put("throughput_tps.prosecutor_parts.opinions." + w, round(p.opinionTps()));
                ctx.result().put("throughput_tps.prosecutor_parts.transfers." + w, round(p.transferTps()));
                series.row(w, p.throughputTps(), p.opinionTps(), p.transferTps(), p.plainTps(), bt);
                rows.put(w, new double[] {p.throughputTps(), bt});
            }
        }
        int max = cfg.workloadsTps().stream().mapToInt(Integer::intValue).max().orElseThrow();
        double ratio = rows.get(max)[0] / rows.get(max)[1];
        ctx.result().put("ratio_at_max_workload", round(ratio));
        ctx.result().put("max_workload_tps", max);
        List<String> cats = new ArrayList<>();
        double[] pro = new double[rows.size()];
        double[] base = new double[rows.size()];
        int i = 0;
        for (var e : rows.entrySet()) {
            cats.add(Integer.toString(e.getKey()));
            pro[i] = e.getValue()[0];
            base[i++] = e.getValue()[1];
        }
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("ProSecutor (prosecutor_tps)", pro);
        bars.put("baseline (baseline_tps)", base);
        String chart = ctx.charts().bars("throughput.png", "Throughput vs workload (Fig. 7a)", "workload (TPS)", "throughput (TPS)", cats, bars);
        ctx.charts().seriesFromColumns(chart, series, "prosecutor_tps", "baseline_tps");
        ctx.report().image(chart, "Operations completed per second");
        ctx.report().summary("Offered workload: " + (int) (100 * cfg.opinionShare()) + "% opinions, "
                + (int) (100 * cfg.transferShare()) + "% fee-ownership transfers, the rest plain transfers; "
                + cfg.durationS() + " s per point. ProSecutor: one roll-up lane of " + cfg.rcos() + " RCOs (" + cfg.rollupCapacity()
                + " opinions per roll-up), channels of " + cfg.roundsPerChannel() + " transfers each; the baseline puts every"
                + " operation on chain (" + cfg.blockIntervalS() + " s blocks of " + cfg.blockCapacityTx() + " tx)."
                + " Signatures of workload transactions are modelled (see the ledger's BaselineRun); the RCO's real"
                + " signature-check cost is in docs/performance.md.");
        // the paper's "12.5x" has one decimal; ours is capped at 5000/400 = 12.5 and a handful of operations offered in
        // the last instants always finish after the window, so compare at the paper's precision, not to the last digit
        ctx.report().compare("throughput ratio at " + max + " TPS", ratio, "12.5 (one decimal: >= 12.45)",
                Report.Verdict.of(ratio >= 12.45));
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000.0) / 1000.0 : v;
    }
}
