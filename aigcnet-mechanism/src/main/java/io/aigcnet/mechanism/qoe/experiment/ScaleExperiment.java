package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.mechanism.qoe.fixture.GeneratorSettings;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.scheme.BaselineSettings;
import io.aigcnet.mechanism.qoe.scheme.Scheme;
import io.aigcnet.mechanism.qoe.scheme.SchemeMetrics;
import java.util.List;

/**
 * Fig. 6 of seed 003: average MU and ASP utility of the proposed mechanism versus the number of
 * MUs (N fixed) and the number of ASPs (M fixed).
 */
public final class ScaleExperiment implements Experiment {

    /** Every constant of the experiment. */
    public record Config(GeneratorSettings generator, AlgorithmSettings algorithm, AlgorithmSettings quickAlgorithm,
            int[] musSweep, int[] aspsSweep,
            int fixedAsps, int fixedMus, int runs, int quickRuns, double muFluctuationLimit) implements Validated {

        public static Config defaults() {
            return new Config(GeneratorSettings.defaults(), AlgorithmSettings.of(DualPerturbationConfig.DEFAULT_STEP),
                    AlgorithmSettings.of(DualPerturbationConfig.DEFAULT_STEP), new int[] {5, 10, 15, 20, 25}, new int[] {1, 2, 3, 4, 5}, 3, 15, 10, 2, 0.05);
        }

        @Override
        public void validate() {
            generator.validate();
            algorithm.validate();
            quickAlgorithm.validate();
            sizes("mus_sweep", musSweep, 1000);
            sizes("asps_sweep", aspsSweep, 100);
            Checks.range("fixed_asps", fixedAsps, 1, 100);
            Checks.range("fixed_mus", fixedMus, 1, 1000);
            Checks.range("runs", runs, 1, 100_000);
            Checks.range("quick_runs", quickRuns, 1, 100_000);
            Checks.open("mu_fluctuation_limit", muFluctuationLimit, 0, 10);
        }
    }

    static void sizes(String field, int[] values, int max) {
        if (values == null || values.length < 2) {
            throw ConfigException.field(field, "must list at least two sizes");
        }
        for (int v : values) {
            Checks.range(field, v, 1, max);
        }
    }

    @Override
    public String id() {
        return "qoe-scale";
    }

    @Override
    public String title() {
        return "QoE incentive: average utilities versus the number of MUs and ASPs";
    }

    @Override
    public String paperRef() {
        return "QoE incentive Fig. 6, Sec. VI-A";
    }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int runs = ctx.quick() ? cfg.quickRuns() : cfg.runs();
        AlgorithmSettings alg = ctx.quick() ? cfg.quickAlgorithm() : cfg.algorithm();
        SweepRunner.Result res = SweepRunner.run(ctx, cfg.generator(), alg, BaselineSettings.PAPER,
                cfg.musSweep(), cfg.aspsSweep(), cfg.fixedAsps(), cfg.fixedMus(), runs, List.of(Scheme.PROPOSED));
        double[] muByM = pick(res.byMu(), true);
        double[] aspByM = pick(res.byMu(), false);
        double[] muByN = pick(res.byAsp(), true);
        double[] aspByN = pick(res.byAsp(), false);
        ctx.result().put("vs_mus.M", cfg.musSweep());
        ctx.result().put("vs_mus.mu_utility", muByM);
        ctx.result().put("vs_mus.asp_utility", aspByM);
        ctx.result().put("vs_asps.N", cfg.aspsSweep());
        ctx.result().put("vs_asps.mu_utility", muByN);
        ctx.result().put("vs_asps.asp_utility", aspByN);
        double fluct = fluctuation(muByM);
        ctx.result().put("vs_mus.mu_utility_fluctuation", fluct);
        var s1 = ctx.series("fig6a_vs_mus", "M", "mu_utility", "asp_utility");
        for (int i = 0; i < muByM.length; i++) {
            s1.row(cfg.musSweep()[i], muByM[i], aspByM[i]);
        }
        var s2 = ctx.series("fig6b_vs_asps", "N", "mu_utility", "asp_utility");
        for (int i = 0; i < muByN.length; i++) {
            s2.row(cfg.aspsSweep()[i], muByN[i], aspByN[i]);
        }
        double[] xm = toDouble(cfg.musSweep());
        double[] xn = toDouble(cfg.aspsSweep());
        String a = ctx.charts().line("fig6a_vs_mus", "Fig. 6(a): average utility vs number of MUs (N = " + cfg.fixedAsps() + ")",
                "number of MUs (count)", "average utility (monetary units)",
                List.of(new Charts.Line("MU utility", xm, muByM), new Charts.Line("ASP utility", xm, aspByM)));
        ctx.charts().seriesFromColumns(a, s1, "mu_utility", "asp_utility");
        String b = ctx.charts().line("fig6b_vs_asps", "Fig. 6(b): average utility vs number of ASPs (M = " + cfg.fixedMus() + ")",
                "number of ASPs (count)", "average utility (monetary units)",
                List.of(new Charts.Line("MU utility", xn, muByN), new Charts.Line("ASP utility", xn, aspByN)));
        ctx.charts().seriesFromColumns(b, s2, "mu_utility", "asp_utility");
        Report rep = ctx.report();
        rep.summary("Algorithm 1 (" + alg.step() + ") on " + runs + " random instances per point "
                + "(Table III ranges), leading blocks of one N=5, M=25 draw per run. Trends from the text of Sec. VI-A.");
        Trend aspM = Trend.net(aspByM);
        ctx.result().put("trend.asp_utility_vs_mus", aspM.label());
        rep.compare("average ASP utility vs M", aspM.label(), "increasing", Report.Verdict.of(aspM == Trend.INCREASING));
        rep.compare("MU utility fluctuation over M ((max-min)/mean)", Report.fmt(fluct), "< 5%",
                Report.Verdict.of(fluct < cfg.muFluctuationLimit()));
        Trend muN = Trend.net(muByN);
        Trend aspN = Trend.net(aspByN);
        ctx.result().put("trend.mu_utility_vs_asps", muN.label());
        ctx.result().put("trend.asp_utility_vs_asps", aspN.label());
        rep.compare("average MU utility vs N", muN.label(), "increasing", Report.Verdict.of(muN == Trend.INCREASING));
        rep.compare("average ASP utility vs N", aspN.label(), "decreasing", Report.Verdict.of(aspN == Trend.DECREASING));
        rep.compare("monotone (every step) ASP utility vs M", Trend.of(aspByM).label(), "increasing", Report.Verdict.INFO);
        res.convergence().record(ctx, alg.step());
        rep.image("fig6a_vs_mus.png", "Fig. 6(a)");
        rep.image("fig6b_vs_asps.png", "Fig. 6(b)");
    }

    static double fluctuation(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            mean += v / y.length;
        }
        return (max - min) / Math.abs(mean);
    }

    private static double[] pick(SchemeMetrics[][] m, boolean mu) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = mu ? m[i][0].muUtility() : m[i][0].aspUtility();
        }
        return out;
    }

    static double[] toDouble(int[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }
}
