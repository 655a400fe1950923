package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.mechanism.qoe.fixture.GeneratorSettings;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.scheme.BaselineSettings;
import io.aigcnet.mechanism.qoe.scheme.Scheme;
import io.aigcnet.mechanism.qoe.scheme.SchemeMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Figs. 7–8 of seed 003: the proposed mechanism against Ratio1, Ratio2, Token, OnlyF and OnlyB,
 * versus the number of MUs (Fig. 7) and of ASPs (Fig. 8): compute and communication usage ratios,
 * average MU cost and average ASP cost.
 *
 * <p>How the headline averages are formed (the paper does not say; docs/decisions.md): for each
 * sweep point and baseline, reduction = 100 (baseline − proposed)/baseline on the run-averaged
 * metric, with "overhead" the mean of the compute and communication usage ratios;
 * {@code per_baseline.<scheme>.<metric>} is the mean of that reduction over all points of both
 * sweeps (Fig. 7 and Fig. 8 together); {@code reduction_pct.<metric>} is the mean over the five
 * baselines. Per-sweep means are recorded too ({@code per_sweep}).
 */
public final class BaselinesExperiment implements Experiment {

    /** Every constant of the experiment. */
    public record Config(GeneratorSettings generator, AlgorithmSettings algorithm, AlgorithmSettings quickAlgorithm,
            BaselineSettings baselines, int[] musSweep, int[] aspsSweep, int fixedAsps, int fixedMus, int runs,
            int quickRuns) implements Validated {

        public static Config defaults() {
            return new Config(GeneratorSettings.defaults(), AlgorithmSettings.of(DualPerturbationConfig.DEFAULT_STEP),
                    AlgorithmSettings.of(DualPerturbationConfig.DEFAULT_STEP), BaselineSettings.PAPER, new int[] {5, 10, 15, 20, 25},
                    new int[] {1, 2, 3, 4, 5}, 3, 15, 5, 5);
        }

        @Override
        public void validate() {
            generator.validate();
            algorithm.validate();
            quickAlgorithm.validate();
            if (baselines == null) {
                throw io.aigcnet.core.config.ConfigException.field("baselines", "is required");
            }
            ScaleExperiment.sizes("mus_sweep", musSweep, 1000);
            ScaleExperiment.sizes("asps_sweep", aspsSweep, 100);
            Checks.range("fixed_asps", fixedAsps, 1, 100);
            Checks.range("fixed_mus", fixedMus, 1, 1000);
            Checks.range("runs", runs, 1, 100_000);
            Checks.range("quick_runs", quickRuns, 1, 100_000);
        }
    }

    static final String[] METRICS = {"compute_usage", "comm_usage", "overhead", "mu_cost", "asp_cost", "mu_utility",
        "asp_utility"};
    static final String[] HEADLINE = {"overhead", "mu_cost", "asp_cost"};
    static final double[] PAPER_HEADLINE = {64.9, 66.5, 76.8};
    /** How far (percentage points) a headline reduction may sit from the paper's; fixed before any run. */
    static final double HEADLINE_TOLERANCE = 10;
    /** The proposed MU cost's spread over M in the paper: (21.08 − 19.09)/mean ≈ 9.9%, so at most 10%. */
    static final double MU_COST_SPREAD_LIMIT = 0.10;
    /** "An order of magnitude" between two costs: a ratio of at least √10 (1 when rounded on a log10 scale). */
    static final double ORDER_OF_MAGNITUDE = Math.sqrt(10);

    @Override
    public String id() {
        return "qoe-vs-baselines";
    }

    @Override
    public String title() {
        return "QoE incentive: proposed mechanism vs Ratio1/Ratio2/Token/OnlyF/OnlyB";
    }

    @Override
    public String paperRef() {
        return "QoE incentive Figs. 7-8, Sec. VI-C";
    }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int runs = ctx.quick() ? cfg.quickRuns() : cfg.runs();
        AlgorithmSettings alg = ctx.quick() ? cfg.quickAlgorithm() : cfg.algorithm();
        List<Scheme> schemes = List.of(Scheme.values());
        SweepRunner.Result res = SweepRunner.run(ctx, cfg.generator(), alg, cfg.baselines(), cfg.musSweep(),
                cfg.aspsSweep(), cfg.fixedAsps(), cfg.fixedMus(), runs, schemes);

        record(ctx, "vs_mus", "M", cfg.musSweep(), res.byMu(), schemes);
        record(ctx, "vs_asps", "N", cfg.aspsSweep(), res.byAsp(), schemes);

        // reductions: per point, per baseline; then means (see class comment)
        Report rep = ctx.report();
        double[] headline = new double[HEADLINE.length];
        double[] rewardOnly = new double[HEADLINE.length];
        int baselines = 0;
        for (Scheme s : schemes) {
            if (s == Scheme.PROPOSED) {
                continue;
            }
            baselines++;
            for (int k = 0; k < HEADLINE.length; k++) {
                double[] byMu = reductions(res.byMu(), schemes.indexOf(s), HEADLINE[k]);
                double[] byAsp = reductions(res.byAsp(), schemes.indexOf(s), HEADLINE[k]);
                double all = (sum(byMu) + sum(byAsp)) / (byMu.length + byAsp.length);
                ctx.result().put("per_baseline." + s.cliName() + "." + HEADLINE[k], all);
                ctx.result().put("per_sweep.vs_mus." + s.cliName() + "." + HEADLINE[k], sum(byMu) / byMu.length);
                ctx.result().put("per_sweep.vs_asps." + s.cliName() + "." + HEADLINE[k], sum(byAsp) / byAsp.length);
                headline[k] += all;
                if (!s.usesRewardGame()) {
                    rewardOnly[k] += all / 3;
                }
            }
        }
        for (int k = 0; k < HEADLINE.length; k++) {
            headline[k] /= baselines;
            ctx.result().put("reduction_pct." + HEADLINE[k], headline[k]);
            ctx.result().put("paper.reduction_pct." + HEADLINE[k], PAPER_HEADLINE[k]);
            ctx.result().put("reduction_pct_reward_baselines." + HEADLINE[k], rewardOnly[k]);
            double pooled = pooledReduction(res, schemes, HEADLINE[k]);
            ctx.result().put("reduction_pct_vs_pooled_baselines." + HEADLINE[k], pooled);
            boolean near = Math.abs(headline[k] - PAPER_HEADLINE[k]) <= HEADLINE_TOLERANCE;
            ctx.result().put("claims.headline_within_10_points." + HEADLINE[k], near);
            rep.compare("average reduction of " + HEADLINE[k] + " (%), mean over 5 baselines", Report.fmt(headline[k]),
                    Report.fmt(PAPER_HEADLINE[k]), Report.Verdict.of(near),
                    "target: within " + Report.fmt(HEADLINE_TOLERANCE) + " points of the paper");
            rep.compare("  same, Ratio1/Ratio2/Token only (%)", Report.fmt(rewardOnly[k]), Report.fmt(PAPER_HEADLINE[k]),
                    Report.Verdict.INFO);
            rep.compare("  same, vs the mean of the 5 baselines' metric (%)", Report.fmt(pooled),
                    Report.fmt(PAPER_HEADLINE[k]), Report.Verdict.INFO);
        }
        rep.summary("Every scheme runs on the same random instances (Table III ranges; " + runs + " runs; M sweep with N = "
                + cfg.fixedAsps() + ", N sweep with M = " + cfg.fixedMus() + "). Game schemes use Algorithm 1 ("
                + alg.step() + ") from the same R^(0). Reductions: 100·(baseline − proposed)/baseline per point, "
                + "averaged over the points of both sweeps (per baseline), then over the five baselines (headline).");
        claims(ctx, rep, res, schemes, cfg);
        res.convergence().record(ctx, alg.step());
        charts(ctx, "fig7", "number of MUs", ScaleExperiment.toDouble(cfg.musSweep()), res.byMu(), schemes);
        charts(ctx, "fig8", "number of ASPs", ScaleExperiment.toDouble(cfg.aspsSweep()), res.byAsp(), schemes);
    }

    private static void claims(ExperimentContext ctx, Report rep, SweepRunner.Result res, List<Scheme> schemes, Config cfg) {
        int p = schemes.indexOf(Scheme.PROPOSED);
        // usage reductions vs Ratio1 / Ratio2 / Token over the M sweep (paper ≈ 75 / 68 / 77 %)
        Scheme[] vs = {Scheme.RATIO1, Scheme.RATIO2, Scheme.TOKEN};
        double[] paperUsage = {75, 68, 77};
        for (int i = 0; i < vs.length; i++) {
            double[] red = reductions(res.byMu(), schemes.indexOf(vs[i]), "overhead");
            double mean = sum(red) / red.length;
            rep.compare("Fig. 7 usage-ratio reduction vs " + vs[i].cliName() + " (%)", Report.fmt(mean),
                    Report.fmt(paperUsage[i]), Report.Verdict.of(mean > 0));
        }
        sectionVic(ctx, rep, res, schemes, cfg);
    }

    /**
     * The statements of Sec. VI-C, each checked on our sweeps (M-sweep means unless the paper says
     * "at every point"). A note says why where a statement conflicts with the participation
     * constraint every scheme's providers obey.
     */
    private static void sectionVic(ExperimentContext ctx, Report rep, SweepRunner.Result res, List<Scheme> schemes,
            Config cfg) {
        int p = schemes.indexOf(Scheme.PROPOSED);
        int r1 = schemes.indexOf(Scheme.RATIO1);
        int r2 = schemes.indexOf(Scheme.RATIO2);
        int tok = schemes.indexOf(Scheme.TOKEN);
        int onlyF = schemes.indexOf(Scheme.ONLYF);
        int onlyB = schemes.indexOf(Scheme.ONLYB);
        SchemeMetrics[][] byMu = res.byMu();

        // 1. the proposed MU cost is stable across the M sweep
        double[] propMuCost = series(byMu, p, SchemeMetrics::muCost);
        double spread = (max(propMuCost) - min(propMuCost)) / mean(propMuCost);
        claim(ctx, rep, "proposed_mu_cost_stable", "proposed MU cost spread over M ((max-min)/mean)", Report.fmt(spread),
                "<= 0.10 (19.09 - 21.08)", spread <= MU_COST_SPREAD_LIMIT, "");

        // 2. Ratio1 > Ratio2 > proposed in MU cost, each by an order of magnitude
        double[] r1MuCost = series(byMu, r1, SchemeMetrics::muCost);
        double[] r2MuCost = series(byMu, r2, SchemeMetrics::muCost);
        boolean ordered = true;
        for (int i = 0; i < byMu.length; i++) {
            ordered &= r1MuCost[i] > r2MuCost[i] && r2MuCost[i] > propMuCost[i];
        }
        double ratio12 = mean(r1MuCost) / mean(r2MuCost);
        double ratio2p = mean(r2MuCost) / mean(propMuCost);
        ctx.result().put("claims.mu_cost_ratio_ratio1_over_ratio2", ratio12);
        ctx.result().put("claims.mu_cost_ratio_ratio2_over_proposed", ratio2p);
        claim(ctx, rep, "mu_cost_order", "MU cost Ratio1 > Ratio2 > proposed at every M; mean ratios Ratio1/Ratio2, "
                + "Ratio2/proposed", ordered + "; " + Report.fmt(ratio12) + ", " + Report.fmt(ratio2p),
                "true; >= 3.16 each (paper 4.4-5.1, 23-38)", ordered && ratio12 >= ORDER_OF_MAGNITUDE
                        && ratio2p >= ORDER_OF_MAGNITUDE, "");
        rep.compare("  proposed average MU cost over M", range(propMuCost), "19.09 - 21.08", Report.Verdict.INFO);
        rep.compare("  Ratio1 average MU cost over M", range(r1MuCost), "2468 - 3223", Report.Verdict.INFO);
        rep.compare("  Ratio2 average MU cost over M", range(r2MuCost), "488 - 729", Report.Verdict.INFO);

        // 3. OnlyF: comm usage 1.0, MU cost below the proposed, ASP cost above it
        double onlyFComm = min(series(byMu, onlyF, SchemeMetrics::commUsage));
        claim(ctx, rep, "onlyf_comm_usage_full", "OnlyF comm usage (min over M)", Report.fmt(onlyFComm), "1.0",
                onlyFComm > 0.99, "below 1 where providers decline users whose reward does not pay for their equal "
                        + "bandwidth share (that share stays idle)");
        double onlyFMu = mean(series(byMu, onlyF, SchemeMetrics::muCost));
        double propMu = mean(propMuCost);
        claim(ctx, rep, "onlyf_mu_cost_below_proposed", "OnlyF mean MU cost vs proposed", Report.fmt(onlyFMu) + " vs "
                + Report.fmt(propMu), "below", onlyFMu < propMu, "a provider that never serves at a loss must recover "
                        + "each user's equal bandwidth share c^B B^max/M from that user; with the proposed MU cost this "
                        + "low, the paper's lower OnlyF cost needs providers that serve at a loss (its footnote 2)");
        double onlyFAsp = mean(series(byMu, onlyF, SchemeMetrics::aspCost));
        double propAsp = mean(series(byMu, p, SchemeMetrics::aspCost));
        claim(ctx, rep, "onlyf_asp_cost_above_proposed", "OnlyF mean ASP cost vs proposed", Report.fmt(onlyFAsp) + " vs "
                + Report.fmt(propAsp), "above", onlyFAsp > propAsp, "");

        // 4. OnlyB: MU cost above the proposed and falling with M, the highest ASP cost
        double[] onlyBMuCost = series(byMu, onlyB, SchemeMetrics::muCost);
        boolean above = true;
        for (int i = 0; i < byMu.length; i++) {
            above &= onlyBMuCost[i] > propMuCost[i];
        }
        claim(ctx, rep, "onlyb_mu_cost_above_proposed", "OnlyB MU cost above the proposed at every M", range(onlyBMuCost),
                "126.52 -> 26.03 (proposed 19.09 - 21.08)", above, "");
        Trend onlyBTrend = Trend.net(onlyBMuCost);
        claim(ctx, rep, "onlyb_mu_cost_falls_with_m", "OnlyB MU cost vs M (first to last)", onlyBTrend.label(),
                "decreasing", onlyBTrend == Trend.DECREASING, "");
        double onlyBAsp = mean(series(byMu, onlyB, SchemeMetrics::aspCost));
        String highest = "";
        double highestAsp = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < schemes.size(); s++) {
            double v = mean(series(byMu, s, SchemeMetrics::aspCost));
            if (v > highestAsp) {
                highestAsp = v;
                highest = schemes.get(s).cliName();
            }
        }
        claim(ctx, rep, "onlyb_highest_asp_cost", "scheme with the highest mean ASP cost over M (OnlyB's)",
                highest + " (" + Report.fmt(onlyBAsp) + ")", "onlyb (419.68)", highest.equals(Scheme.ONLYB.cliName()),
                "OnlyB's providers pay for all compute; Ratio1 and Token also saturate compute at high rewards and "
                        + "buy more bandwidth on top");

        // 5. Token's compute usage is 1.0
        double tokenCompute = Double.POSITIVE_INFINITY;
        boolean ratio2Cheaper = true;
        for (SchemeMetrics[][] axis : new SchemeMetrics[][][] {res.byMu(), res.byAsp()}) {
            for (SchemeMetrics[] point : axis) {
                tokenCompute = Math.min(tokenCompute, point[tok].computeUsage());
                ratio2Cheaper &= point[r2].muCost() < point[r1].muCost();
            }
        }
        claim(ctx, rep, "token_compute_usage_full", "Token compute usage (min over points)", Report.fmt(tokenCompute), "1.0",
                tokenCompute > 0.99, "with few users (M = 5) the token-priced demand does not fill the largest "
                        + "compute capacities");

        // 6. the proposed scheme has the lowest ASP cost at every point
        boolean lowestAspCost = true;
        for (SchemeMetrics[][] axis : new SchemeMetrics[][][] {res.byMu(), res.byAsp()}) {
            for (SchemeMetrics[] point : axis) {
                for (int s = 0; s < point.length; s++) {
                    lowestAspCost &= s == p || point[p].aspCost() < point[s].aspCost();
                }
            }
        }
        claim(ctx, rep, "proposed_lowest_asp_cost_everywhere", "proposed has the lowest average ASP cost at every point",
                String.valueOf(lowestAspCost), "true", lowestAspCost, "");

        double ratio1Usage = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cfg.musSweep().length; i++) {
            if (cfg.musSweep()[i] >= 20) {
                ratio1Usage = Math.min(ratio1Usage, byMu[i][r1].computeUsage());
            }
        }
        if (Double.isFinite(ratio1Usage)) {
            claim(ctx, rep, "ratio1_compute_usage_full", "Ratio1 compute usage for M >= 20 (min over points)",
                    Report.fmt(ratio1Usage), "1.0", ratio1Usage > 0.99, "");
        }
        claim(ctx, rep, "ratio2_mu_cost_below_ratio1", "Ratio2 MU cost below Ratio1 at every point",
                String.valueOf(ratio2Cheaper), "true", ratio2Cheaper, "");
        for (int s = 0; s < schemes.size(); s++) {
            ctx.result().put("declined_share.vs_mus." + schemes.get(s).cliName(),
                    series(res.byMu(), s, SchemeMetrics::declinedShare));
            ctx.result().put("declined_share.vs_asps." + schemes.get(s).cliName(),
                    series(res.byAsp(), s, SchemeMetrics::declinedShare));
        }
        StringBuilder share = new StringBuilder();
        for (int s = 0; s < schemes.size(); s++) {
            share.append(schemes.get(s).cliName()).append(' ')
                    .append(Report.fmt(100 * mean(series(byMu, s, SchemeMetrics::declinedShare)))).append("%  ");
        }
        rep.compare("pairs declined by providers (participation), mean over M", share.toString().trim(), "-",
                Report.Verdict.INFO);
    }

    private static void claim(ExperimentContext ctx, Report rep, String key, String what, String ours, String paper,
            boolean ok, String whyIfNot) {
        ctx.result().put("claims." + key, ok);
        rep.compare(what, ours, paper, Report.Verdict.of(ok), ok || whyIfNot.isEmpty() ? "" : "why: " + whyIfNot);
    }

    private static double mean(double[] x) {
        return sum(x) / x.length;
    }

    private static double min(double[] x) {
        double v = Double.POSITIVE_INFINITY;
        for (double y : x) {
            v = Math.min(v, y);
        }
        return v;
    }

    private static double max(double[] x) {
        double v = Double.NEGATIVE_INFINITY;
        for (double y : x) {
            v = Math.max(v, y);
        }
        return v;
    }

    /** 100 (mean baseline − proposed)/mean baseline, pooled over baselines and points. */
    private static double pooledReduction(SweepRunner.Result res, List<Scheme> schemes, String metric) {
        double ours = 0;
        double theirs = 0;
        int points = 0;
        for (SchemeMetrics[][] axis : new SchemeMetrics[][][] {res.byMu(), res.byAsp()}) {
            for (SchemeMetrics[] point : axis) {
                points++;
                for (int s = 0; s < schemes.size(); s++) {
                    if (schemes.get(s) == Scheme.PROPOSED) {
                        ours += value(point[s], metric);
                    } else {
                        theirs += value(point[s], metric) / (schemes.size() - 1);
                    }
                }
            }
        }
        return SchemeMetrics.reductionPct(ours / points, theirs / points);
    }

    private static void record(ExperimentContext ctx, String axis, String xName, int[] x, SchemeMetrics[][] m,
            List<Scheme> schemes) {
        ctx.result().put(axis + "." + xName, x);
        List<String> cols = new ArrayList<>(List.of(xName, "scheme"));
        cols.addAll(List.of(METRICS));
        var series = ctx.series((axis.equals("vs_mus") ? "fig7_" : "fig8_") + axis, cols.toArray(new String[0]));
        for (int s = 0; s < schemes.size(); s++) {
            for (String metric : METRICS) {
                ctx.result().put(axis + "." + schemes.get(s).cliName() + "." + metric, series(m, s, f -> value(f, metric)));
            }
            for (int i = 0; i < x.length; i++) {
                SchemeMetrics v = m[i][s];
                series.row(x[i], schemes.get(s).cliName(), v.computeUsage(), v.commUsage(), v.overhead(), v.muCost(),
                        v.aspCost(), v.muUtility(), v.aspUtility());
            }
        }
    }

    private static void charts(ExperimentContext ctx, String fig, String xLabel, double[] x, SchemeMetrics[][] m,
            List<Scheme> schemes) {
        String[][] panels = {{"compute_usage", "(a) computational resource usage ratio", "compute usage (ratio, 0-1)"},
            {"comm_usage", "(b) communication resource usage ratio", "communication usage (ratio, 0-1)"},
            {"mu_cost", "(c) average cost of MUs", "MU cost (monetary units)"},
            {"asp_cost", "(d) average cost of ASPs", "ASP cost (monetary units)"}};
        for (String[] panel : panels) {
            List<Charts.Line> lines = new ArrayList<>();
            for (int s = 0; s < schemes.size(); s++) {
                lines.add(new Charts.Line(schemes.get(s).cliName(), x, series(m, s, f -> value(f, panel[0]))));
            }
            String file = fig + "_" + panel[0];
            ctx.charts().line(file, String.format(Locale.ROOT, "Fig. %s%s vs %s", fig.substring(3), panel[1], xLabel),
                    xLabel + " (count)", panel[2], lines);
            ctx.charts().seriesFromKey(file, ctx.series(fig + (fig.equals("fig7") ? "_vs_mus" : "_vs_asps")), "scheme");
            ctx.report().image(file + ".png", fig + " " + panel[1]);
        }
    }

    static double value(SchemeMetrics f, String metric) {
        switch (metric) {
            case "compute_usage":
                return f.computeUsage();
            case "comm_usage":
                return f.commUsage();
            case "overhead":
                return f.overhead();
            case "mu_cost":
                return f.muCost();
            case "asp_cost":
                return f.aspCost();
            case "mu_utility":
                return f.muUtility();
            case "asp_utility":
                return f.aspUtility();
            default:
                throw new IllegalArgumentException("unknown metric " + metric);
        }
    }

    private static double[] reductions(SchemeMetrics[][] m, int baseline, String metric) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = SchemeMetrics.reductionPct(value(m[i][0], metric), value(m[i][baseline], metric));
        }
        return out;
    }

    private static double[] series(SchemeMetrics[][] m, int s, ToDoubleFunction<SchemeMetrics> f) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = f.applyAsDouble(m[i][s]);
        }
        return out;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    private static String range(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Report.fmt(lo) + " - " + Report.fmt(hi);
    }
}
