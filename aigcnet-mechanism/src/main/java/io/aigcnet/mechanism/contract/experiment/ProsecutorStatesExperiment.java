package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.agent.LearnerKind;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ProSecutor Fig. 9(b): the contracts the trained learners design in several market states, beside the exact
 * optimum; each learned contract's client utility, IR, IC and gap to the optimum.
 */
public final class ProsecutorStatesExperiment implements Experiment {

    /** The diffusion policy must come this close to the optimum in every state (fixed before the run). */
    static final double GAP_TARGET_PCT = 2.0;

    @Override public String id() { return "prosecutor-contract-states"; }

    @Override public String title() { return "ProSecutor: designed contracts in several market states"; }

    @Override public String paperRef() { return "ProSecutor Fig. 9(b)"; }

    @Override public void run(ExperimentContext ctx) {
        ProsecutorTrainingExperiment.Config cfg = ctx.config(ProsecutorTrainingExperiment.Config.class,
                ProsecutorTrainingExperiment.Config.defaults());
        boolean quick = ctx.quick();
        long steps = cfg.learners().steps(quick);
        long[] seeds = quick ? cfg.quickSeeds() : cfg.seeds();
        ProsecutorGame game = new ProsecutorGame(cfg.model());
        List<double[]> states = TrainingStates.prosecutorStates();
        LearnerRuns runs;
        try (Progress p = ctx.progress("contract learners", steps * seeds.length * LearnerKind.values().length)) {
            runs = LearnerRuns.run(game, TrainingStates.prosecutorBox(), states, cfg.learners(), steps, seeds, p);
        }
        var r = ctx.result();
        r.put("steps", steps);
        r.put("seeds", seeds);
        SeriesWriter csv = ctx.series("contracts", "state", "designer", "seed", "mu_s", "F_s", "c_bar", "F_e", "U_C", "U_SP", "ir", "ic", "gap_pct");
        List<String> categories = new ArrayList<>();
        List<double[]> bars = new ArrayList<>();
        for (int k = 0; k <= LearnerKind.values().length; k++) bars.add(new double[states.size()]);
        boolean diffusionOk = true;
        StringBuilder table = new StringBuilder("| State | Designer | mu_s | F_s | U_C | IR | IC | gap % |\n|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < states.size(); i++) {
            Outcome opt = runs.optimal.get(i);
            String key = "states." + i + ".";
            r.put(key + "state", states.get(i));
            r.put(key + "optimal.U_C", opt.principalUtility());
            r.put(key + "optimal.mu_s", opt.contract()[0]);
            r.put(key + "optimal.F_s", opt.contract()[1]);
            r.put(key + "optimal.c_bar", opt.response()[0]);
            r.put(key + "optimal.F_e", opt.response()[1]);
            csv.row(i, "optimal", "", opt.contract()[0], opt.contract()[1], opt.response()[0], opt.response()[1], opt.principalUtility(),
                    opt.agentUtility(), opt.ir(), opt.ic(), 0.0);
            categories.add("state " + (i + 1));
            bars.get(0)[i] = opt.principalUtility();
            table.append(String.format(Locale.ROOT, "| %d | exact optimum | %.1f | %.1f | %.1f | %s | %s | 0 |%n", i + 1, opt.contract()[0],
                    opt.contract()[1], opt.principalUtility(), opt.ir(), opt.ic()));
            for (LearnerKind k : LearnerKind.values()) {
                double[] uc = runs.perSeed(k, i, Outcome::principalUtility);
                double[] gaps = new double[uc.length];
                for (int s = 0; s < uc.length; s++) gaps[s] = LearnerRuns.gapPct(opt.principalUtility(), uc[s]);
                boolean ir = runs.allSeeds(k, i, Outcome::ir), ic = runs.allSeeds(k, i, Outcome::ic);
                double meanUc = LearnerRuns.mean(uc), meanGap = LearnerRuns.mean(gaps);
                r.put(key + k.key() + ".U_C", meanUc);
                r.put(key + k.key() + ".U_C_std", LearnerRuns.std(uc));
                r.put(key + k.key() + ".ir", ir);
                r.put(key + k.key() + ".ic", ic);
                r.put(key + k.key() + ".gap_pct", meanGap);
                r.put(key + k.key() + ".gap_pct_max", java.util.Arrays.stream(gaps).max().orElse(Double.NaN));
                double[] mu = runs.perSeed(k, i, o -> o.contract()[0]), fs = runs.perSeed(k, i, o -> o.contract()[1]);
                r.put(key + k.key() + ".mu_s", LearnerRuns.mean(mu));
                r.put(key + k.key() + ".F_s", LearnerRuns.mean(fs));
                for (LearnerRuns.Run run : runs.runs.get(k)) {
                    Outcome o = run.outcomes().get(i);
                    csv.row(i, k.key(), run.seed(), o.contract()[0], o.contract()[1], o.response()[0], o.response()[1], o.principalUtility(),
                            o.agentUtility(), o.ir(), o.ic(), LearnerRuns.gapPct(opt.principalUtility(), o.principalUtility()));
                }
                bars.get(k.ordinal() + 1)[i] = meanUc;
                table.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f ± %.1f | %s | %s | %.2f |%n", i + 1, k.label(),
                        LearnerRuns.mean(mu), LearnerRuns.mean(fs), meanUc, LearnerRuns.std(uc), ir, ic, meanGap));
                if (k == LearnerKind.DIFFUSION) {
                    double worst = java.util.Arrays.stream(gaps).max().orElse(Double.NaN);
                    diffusionOk &= ir && ic && worst <= GAP_TARGET_PCT;
                }
            }
        }
        java.util.Map<String, double[]> groups = new java.util.LinkedHashMap<>();
        // legend names carry the designer key of contracts.csv ("optimal", "diffusion", ...) so the chart names its rows
        groups.put("Exact optimum (optimal)", bars.get(0));
        for (LearnerKind k : LearnerKind.values()) groups.put(k.label(), bars.get(k.ordinal() + 1));
        String chart = ctx.charts().bars("contracts", "Fig. 9(b): client utility of the designed contracts", "market state",
                "client utility U_C (tokens)", categories, groups);
        // the bars are column U_C of contracts.csv, one group per designer (learners: mean over seeds)
        ctx.charts().seriesFromKey(chart, csv, "designer");

        Report rep = ctx.report();
        rep.summary("The learners of Fig. 9(a) (same hyperparameters, " + seeds.length + " seed(s), " + steps + " steps) design a contract "
                + "for each of " + states.size() + " market states; the MASP best-responds, and IR and IC are checked independently "
                + "(IC against a dense grid of the MASP's actions). The gap is 100·(optimum − U_C)/optimum."
                + (quick ? " This is a --quick run: far too short to judge the learners." : ""));
        rep.compare("Diffusion contracts meet IR and IC in every state, within " + GAP_TARGET_PCT + " % of the optimum",
                String.valueOf(diffusionOk), "the paper shows the designed contracts (no gap reported)",
                quick ? Report.Verdict.INFO : Report.Verdict.of(diffusionOk), quick ? "quick run: not judged" : "worst seed counts");
        rep.section("Contracts per state (mean ± std over seeds)", table.toString());
        rep.section("States", statesTable(states));
        rep.image(chart, "Fig. 9(b): U_C per state, exact optimum and learners");
    }

    static String statesTable(List<double[]> states) {
        StringBuilder sb = new StringBuilder("| State | " + String.join(" | ", MarketState.NAMES) + " |\n|---|");
        sb.append("---|".repeat(MarketState.NAMES.size())).append('\n');
        for (int i = 0; i < states.size(); i++) {
            sb.append("| ").append(i + 1);
            for (double v : states.get(i)) sb.append(" | ").append(Report.fmt(v));
            sb.append(" |\n");
        }
        return sb.toString();
    }
}
