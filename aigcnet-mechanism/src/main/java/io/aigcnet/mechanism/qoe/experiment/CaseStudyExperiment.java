package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.mechanism.qoe.fixture.TableVFixture;
import io.aigcnet.mechanism.qoe.leader.AdaptiveStep;
import io.aigcnet.mechanism.qoe.leader.DualPerturbation;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.leader.Market;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import io.aigcnet.mechanism.qoe.scheme.Scheme;
import io.aigcnet.mechanism.qoe.scheme.SchemeSolver;
import io.aigcnet.mechanism.qoe.leader.ReferenceEquilibrium;
import io.aigcnet.mechanism.qoe.leader.StepSchedule;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import java.util.List;
import java.util.Locale;

/**
 * Tables IV–V of seed 003: the 2-ASP × 3-MU case study on the calibrated {@link TableVFixture},
 * solved by Algorithm 1 and by the reference-equilibrium oracle, each entry checked against
 * Table V's rounding; plus a step-schedule study (spec §14 finding 4: iterations to the
 * stopping rule and error against the oracle, with and without a minimum iteration count).
 */
public final class CaseStudyExperiment implements Experiment {

    /** Every constant of the experiment (the instance itself is the documented fixture). */
    public record Config(AlgorithmSettings algorithm, String[] studySteps, int[] studyMinIterations) implements Validated {

        public static Config defaults() {
            return new Config(AlgorithmSettings.of(DualPerturbationConfig.DEFAULT_STEP),
                    new String[] {DualPerturbationConfig.DEFAULT_STEP, "constant:1e-3", "constant:1e-4", "constant:1e-5",
                        "diminishing:0.1", "diminishing:0.5"}, new int[] {1, 50});
        }

        @Override
        public void validate() {
            algorithm.validate();
            if (studySteps == null || studySteps.length == 0) {
                throw ConfigException.field("study_steps", "must list at least one step schedule");
            }
            for (String s : studySteps) {
                try {
                    StepSchedule.parse(s);
                } catch (IllegalArgumentException e) {
                    throw ConfigException.field("study_steps", e.getMessage());
                }
            }
            if (studyMinIterations == null || studyMinIterations.length == 0) {
                throw ConfigException.field("study_min_iterations", "must list at least one value");
            }
            for (int k : studyMinIterations) {
                Checks.range("study_min_iterations", k, 1, algorithm.maxIterations());
            }
        }
    }

    @Override
    public String id() {
        return "qoe-case-study";
    }

    @Override
    public String title() {
        return "QoE incentive: 2-ASP x 3-MU case study (Tables IV-V) on a calibrated fixture";
    }

    @Override
    public String paperRef() {
        return "QoE incentive Tables IV-V, Sec. VI-B";
    }

    /** Table V side by side: each MU-ASP pair's reward and QoE, ours beside the paper's. */
    private static void tableCharts(ExperimentContext ctx, Outcome alg, io.aigcnet.core.result.SeriesWriter table) {
        List<String> pairs = new java.util.ArrayList<>();
        double[] r = new double[6], rPaper = new double[6], q = new double[6], qPaper = new double[6];
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 3; m++) {
                int i = 3 * n + m;
                pairs.add("ASP " + (n + 1) + ", MU " + (m + 1));
                r[i] = alg.r(n, m);
                rPaper[i] = TableVFixture.TABLE_R[n][m];
                q[i] = alg.q(n, m);
                qPaper[i] = TableVFixture.TABLE_Q[n][m];
            }
        }
        java.util.Map<String, double[]> rBars = new java.util.LinkedHashMap<>();
        rBars.put("aigcnet (R)", r);
        rBars.put("paper, Table V (R_paper)", rPaper);
        String rChart = ctx.charts().bars("table5_reward", "Table V: reward R per MU-ASP pair", "pair",
                "reward R (monetary units per ms of QoE)", pairs, rBars);
        ctx.charts().seriesFromColumns(rChart, table, "R", "R_paper");
        java.util.Map<String, double[]> qBars = new java.util.LinkedHashMap<>();
        qBars.put("aigcnet (Q)", q);
        qBars.put("paper, Table V (Q_paper)", qPaper);
        String qChart = ctx.charts().bars("table5_qoe", "Table V: QoE Q per MU-ASP pair", "pair", "QoE Q (ms)", pairs, qBars);
        ctx.charts().seriesFromColumns(qChart, table, "Q", "Q_paper");
        ctx.report().image(rChart, "Table V rewards: ours beside the paper's");
        ctx.report().image(qChart, "Table V QoE: ours beside the paper's");
    }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        QoeInstance inst = TableVFixture.instance();
        Market market = new Market(inst, SchemeSolver.follower(Scheme.PROPOSED));
        double[][] start = DualPerturbation.randomStart(inst, ctx.rng().stream("init"));
        Outcome alg = new DualPerturbation(cfg.algorithm().toConfig()).solve(market, start);
        Outcome oracle = market.evaluate(ReferenceEquilibrium.rewards(inst));

        ctx.result().put("table5.R", alg.r());
        ctx.result().put("table5.Q", alg.q());
        ctx.result().put("table5.f", alg.f());
        ctx.result().put("table5.B", alg.b());
        ctx.result().put("table5.mu_cost", alg.muCost());
        ctx.result().put("table5.asp_utility", alg.aspUtility());
        ctx.result().put("table5.iterations", alg.iterations());
        ctx.result().put("table5.converged", alg.converged());
        ctx.result().put("oracle.R", oracle.r());
        ctx.result().put("oracle.Q", oracle.q());
        ctx.result().put("paper.R", TableVFixture.TABLE_R);
        ctx.result().put("paper.Q", TableVFixture.TABLE_Q);
        ctx.result().put("paper.f", TableVFixture.TABLE_F);
        ctx.result().put("paper.B", TableVFixture.TABLE_B);

        Report rep = ctx.report();
        rep.summary("Table IV's demands cannot be turned into workloads from the paper alone (x_in, SNR, costs, μ and "
                + "ξ are not given), so the instance is the calibrated fixture TableVFixture (workload form; its Javadoc "
                + "and docs/decisions.md give the fit). Algorithm 1 (" + cfg.algorithm().step() + ", seeded R^(0)) "
                + "solves it; every entry is compared with Table V within half a unit of its last printed digit.");
        var table = ctx.series("table5", "asp", "mu", "R", "Q", "f", "B", "R_paper", "Q_paper", "f_paper", "B_paper");
        int ok = 0;
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 3; m++) {
                table.row(n + 1, m + 1, alg.r(n, m), alg.q(n, m), alg.f(n, m), alg.b(n, m), TableVFixture.TABLE_R[n][m],
                        TableVFixture.TABLE_Q[n][m], TableVFixture.TABLE_F[n][m], TableVFixture.TABLE_B[n][m]);
                ok += entry(rep, "R", n, m, alg.r(n, m), TableVFixture.TABLE_R[n][m], TableVFixture.HALF_UNIT_R[n][m]);
                ok += entry(rep, "Q", n, m, alg.q(n, m), TableVFixture.TABLE_Q[n][m], TableVFixture.HALF_UNIT_Q[n][m]);
                ok += entry(rep, "f", n, m, alg.f(n, m), TableVFixture.TABLE_F[n][m], TableVFixture.HALF_UNIT_F[n][m]);
                ok += entry(rep, "B", n, m, alg.b(n, m), TableVFixture.TABLE_B[n][m], TableVFixture.HALF_UNIT_B[n][m]);
            }
        }
        ctx.result().put("table5.entries_within_rounding", ok);
        tableCharts(ctx, alg, table);
        double maxErr = maxRelErr(alg.r(), oracle.r());
        ctx.result().put("table5.max_rel_err_vs_oracle", maxErr);
        rep.compare("max relative error of R vs reference equilibrium", Report.fmt(maxErr), "< 5e-4 (3 s.f.)",
                Report.Verdict.of(maxErr < 5e-4));
        if (cfg.algorithm().toConfig().step() instanceof AdaptiveStep) {
            // the adaptive step claims the exact fixed point, not a neighbourhood of it
            rep.compare("adaptive step: same fixed point as the reference (max rel. error of R)", Report.fmt(maxErr),
                    "< 1e-6", Report.Verdict.of(maxErr < 1e-6));
        }

        StringBuilder study = new StringBuilder("| step | min iterations | iterations | converged | max rel. error of R |\n"
                + "|---|---|---|---|---|\n");
        var conv = ctx.series("convergence", "step", "min_iterations", "iterations", "converged", "max_rel_err_R");
        for (String step : cfg.studySteps()) {
            for (int minIt : cfg.studyMinIterations()) {
                DualPerturbationConfig c = cfg.algorithm().toConfig().withStep(StepSchedule.parse(step))
                        .withMinIterations(minIt);
                Outcome o = new DualPerturbation(c).solve(market, start);
                double err = maxRelErr(o.r(), oracle.r());
                String key = "convergence." + step.replace(':', '_').replace('.', 'p') + ".min_" + minIt;
                ctx.result().put(key + ".iterations", o.iterations());
                ctx.result().put(key + ".max_rel_err_R", err);
                conv.row(step, minIt, o.iterations(), o.converged(), err);
                study.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.3g |%n", step, minIt, o.iterations(),
                        o.converged(), err));
            }
        }
        rep.section("Step schedules", study + "\nConstant and diminishing steps are the paper's; adaptive is our "
                + "per-reward step (docs/decisions.md). For comparison, an independent Python prototype on a similar "
                + "fixture: Δ̂=1e-3 383 iterations (~1e-3 error), Δ̂=1e-4 3818 (4 digits), 0.1/t 222 (~3e-4), 0.5/t 79 "
                + "(~5%).");
    }

    private static int entry(Report rep, String what, int n, int m, double ours, double paper, double halfUnit) {
        boolean ok = TableVFixture.withinRounding(ours, paper, halfUnit);
        rep.compare(String.format(Locale.ROOT, "%s[ASP %d][MU %d]", what, n + 1, m + 1),
                Report.fmt(ours), Report.fmt(paper), Report.Verdict.of(ok), "within ±" + Report.fmt(halfUnit));
        return ok ? 1 : 0;
    }

    static double maxRelErr(double[][] x, double[][] ref) {
        double e = 0;
        for (int n = 0; n < x.length; n++) {
            for (int m = 0; m < x[n].length; m++) {
                e = Math.max(e, Math.abs(x[n][m] - ref[n][m]) / Math.abs(ref[n][m]));
            }
        }
        return e;
    }
}
