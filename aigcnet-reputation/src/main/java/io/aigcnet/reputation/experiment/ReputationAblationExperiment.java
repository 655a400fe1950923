package io.aigcnet.reputation.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report.Verdict;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.reputation.sim.AblationConfig;
import io.aigcnet.reputation.sim.AblationMarkets;
import io.aigcnet.reputation.sim.ProsecutorMarkets.LevelSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ProSecutor Fig. 8-B: each weighting factor switched off under the attack it defends against. */
public final class ReputationAblationExperiment implements Experiment {
    @Override
    public String id() {
        return "prosecutor-reputation-ablation";
    }

    @Override
    public String title() {
        return "MWSL factor ablation under flooding, long-range and dusting attacks (ProSecutor Fig. 8-B)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 8-B, Sec. VII-C1";
    }

    @Override
    public void run(ExperimentContext ctx) {
        AblationConfig cfg = ctx.config(AblationConfig.class, ctx.quick() ? AblationConfig.quick() : AblationConfig.defaults());
        Map<String, LevelSeries> runs = new LinkedHashMap<>();
        for (String name : AblationMarkets.CASES) {
            // one stream pair per case so the cases share the honest market's model but not each other's draws
            LevelSeries s = AblationMarkets.run(name, cfg, ctx.rng().stream("models"), ctx.rng().stream("market-" + name));
            runs.put(name, s);
            ctx.result().put("cases." + name + ".level1", s.levels()[0]);
            ctx.result().put("cases." + name + ".level2", s.levels()[1]);
            SeriesWriter w = ctx.series("ablation_" + name, "round", "level1", "level2");
            for (int r = 0; r < cfg.rounds(); r++) {
                w.row(r, s.at(0, r), s.at(1, r));
            }
        }
        ctx.report().summary("The paper shows Fig. 8-B as curves without numbers; each row states the shape the text "
                + "describes and the check applied to our run. Attack models are in docs/decisions.md. `all_factors` runs "
                + "without an attack (the paper's normal trend).");
        int n = cfg.rounds();
        ctx.result().put("dusting_window", java.util.List.of(cfg.dustingStart(), cfg.dustingEnd()));
        ctx.result().put("long_range_last_round", cfg.longRangeLastRound());
        double[] f1 = runs.get("no_familiarity").levels()[0];
        double[] f2 = runs.get("no_familiarity").levels()[1];
        int firstAbove = -1;
        for (int r = 0; r < n / 3; r++) {
            if (f2[r] > f1[r]) {
                firstAbove = r;
                break;
            }
        }
        int tail = Math.max(1, n / 5);
        double tail1 = Series.mean(f1, n - tail, n);
        double tail2 = Series.mean(f2, n - tail, n);
        ctx.report().compare("flooding, familiarity off: level 2 vs level 1",
                (firstAbove >= 0 ? "level 2 above level 1 from round " + firstAbove : "level 2 never above level 1 early")
                + "; last " + tail + " rounds: level 1 " + Series.fmt(tail1) + ", level 2 " + Series.fmt(tail2),
                "level 2 beats level 1 at the start, then falls back (market worth)",
                Verdict.of(firstAbove >= 0 && tail2 < tail1), "check: L2 > L1 in the first third, L2 < L1 over the last fifth");
        int t10 = Math.max(1, n / 10);
        double lrEnd = Series.mean(runs.get("no_freshness").levels()[1], n - t10, n);
        double allEnd = Series.mean(runs.get("all_factors").levels()[1], n - t10, n);
        ctx.report().compare("long range, freshness off: level 2 over the last " + t10 + " rounds",
                Series.fmt(lrEnd) + " vs all_factors " + Series.fmt(allEnd),
                "forged high-value opinions stop at round 30 but the effect lasts", Verdict.of(lrEnd > allEnd),
                "check: level 2 stays above its all_factors value at the end");
        double[] d2 = runs.get("no_market_worth").levels()[1];
        double[] a2 = runs.get("all_factors").levels()[1];
        int s0 = cfg.dustingStart();
        int s1 = Math.min(n, cfg.dustingEnd() + 6);
        double before = d2[Math.max(0, s0 - 1)];
        double jump = Series.max(d2, s0, s1) - before;
        double normal = Series.max(a2, s0, s1) - a2[Math.max(0, s0 - 1)];
        ctx.report().compare("dusting, market worth off: level 2 rise in rounds " + s0 + ".." + (s1 - 1),
                "+" + Series.fmt(jump) + " (all_factors: +" + Series.fmt(normal) + ")",
                "level 2 reputation increases dramatically", Verdict.of(jump >= 0.05 && jump > 3 * Math.max(0, normal)),
                "check: rise >= 0.05 and > 3x the no-attack change over the same rounds");
        for (String name : AblationMarkets.CASES) {
            LevelSeries s = runs.get(name);
            String file = ctx.charts().line("ablation_" + name, "Fig. 8-B analogue: " + name, "round (index)", "reputation (0-1)",
                    List.of(new Charts.Line("level 1", Series.x(n), s.levels()[0]), new Charts.Line("level 2", Series.x(n), s.levels()[1])));
            ctx.charts().seriesFromColumns(file, ctx.series("ablation_" + name), "level1", "level2");
            ctx.report().image(file, "case " + name);
        }
    }
}
