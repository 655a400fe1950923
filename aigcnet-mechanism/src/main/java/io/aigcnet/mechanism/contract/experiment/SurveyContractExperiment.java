package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.agent.LearnerKind;
import io.aigcnet.mechanism.contract.agent.LearnerSettings;
import io.aigcnet.mechanism.contract.survey.AnalyticOracle;
import io.aigcnet.mechanism.contract.survey.SharingLink;
import io.aigcnet.mechanism.contract.survey.SharingState;
import io.aigcnet.mechanism.contract.survey.SurveyGame;
import io.aigcnet.mechanism.contract.survey.SurveyParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survey Fig. 13: the AI-generated (diffusion, N = 10) contract for semantic-information sharing against SAC and
 * PPO: (a) reward during training, (b) the contracts {c_q, c_f} and the SIR's utility in one fixed state, beside
 * the exact optimum and the gap of each learner to it.
 */
public final class SurveyContractExperiment implements Experiment {

    /**
     * @param model      the survey model's constants
     * @param learners   the learners' hyperparameters (diffusion steps N = 10)
     * @param seeds      training seeds of a full run
     * @param quickSeeds training seeds of --quick
     */
    public record Config(SurveyParams model, LearnerSettings learners, long[] seeds, long[] quickSeeds) implements Validated {
        public static Config defaults() {
            return new Config(SurveyParams.defaults(), LearnerSettings.defaults(10), new long[] {1, 2, 3}, new long[] {1});
        }

        @Override public void validate() {
            model.validate("model.");
            learners.validate("learners.");
            if (seeds == null || seeds.length == 0) throw ConfigException.field("seeds", "must list at least one seed");
            if (quickSeeds == null || quickSeeds.length == 0) throw ConfigException.field("quick_seeds", "must list at least one seed");
        }
    }

    @Override public String id() { return "survey-ai-contract"; }

    @Override public String title() { return "The survey: AI-generated contract for semantic-information sharing"; }

    @Override public String paperRef() { return "the survey, Fig. 13"; }

    @Override public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        boolean quick = ctx.quick();
        long steps = cfg.learners().steps(quick);
        long[] seeds = quick ? cfg.quickSeeds() : cfg.seeds();
        SurveyGame game = new SurveyGame(cfg.model());
        List<double[]> states = TrainingStates.surveyStates();
        LearnerRuns runs;
        try (Progress p = ctx.progress("contract learners", steps * seeds.length * LearnerKind.values().length)) {
            runs = LearnerRuns.run(game, TrainingStates.surveyBox(), states, cfg.learners(), steps, seeds, p);
        }
        double optimal = runs.optimalReward(game);
        var r = ctx.result();
        r.put("steps", steps);
        r.put("seeds", seeds);
        r.put("diffusion_steps_N", cfg.learners().diffusionSteps());
        r.put("optimal_reward", optimal);
        SeriesWriter curve = ctx.series("training_curve", "learner", "seed", "step", "eval_reward", "optimal_reward");
        SeriesWriter fixed = ctx.series("fixed_state", "designer", "seed", "c_q", "c_f", "P_k", "U_SIR", "U_SIP", "ir", "ic", "gap_pct");
        List<Charts.Line> lines = new ArrayList<>();
        Outcome opt = runs.optimal.get(0);
        r.put("fixed_state.state", states.get(0));
        r.put("fixed_state.optimal.c_q", opt.contract()[0]);
        r.put("fixed_state.optimal.c_f", opt.contract()[1]);
        r.put("fixed_state.optimal.U_SIR", opt.principalUtility());
        fixed.row("optimal", "", opt.contract()[0], opt.contract()[1], opt.response()[0], opt.principalUtility(), opt.agentUtility(), opt.ir(),
                opt.ic(), 0.0);
        SharingLink wide = new SharingLink(SharingState.of(states.get(0)), cfg.model().withFixedRange(-1e6, 1e6));
        double firstBest = AnalyticOracle.solve(wide).map(s -> s.receiverUtility()).orElse(Double.NaN);
        r.put("fixed_state.first_best_unconstrained_c_f.U_SIR", firstBest);
        Map<LearnerKind, Double> fin = new LinkedHashMap<>(), atFixed = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("| Designer | c_q | c_f | U_SIR | gap % | IR | IC |\n|---|---|---|---|---|---|---|\n");
        table.append(String.format(Locale.ROOT, "| exact optimum | %.2f | %.2f | %.2f | 0 | %s | %s |%n", opt.contract()[0], opt.contract()[1],
                opt.principalUtility(), opt.ir(), opt.ic()));
        for (LearnerKind k : LearnerKind.values()) {
            double[] f = runs.finalRewards(k);
            fin.put(k, LearnerRuns.mean(f));
            r.put("final_reward." + k.key(), LearnerRuns.mean(f));
            r.put("final_reward_std." + k.key(), LearnerRuns.std(f));
            r.put("final_reward_seeds." + k.key(), f);
            r.put("gap_pct." + k.key(), LearnerRuns.gapPct(optimal, LearnerRuns.mean(f)));
            double[] u = runs.perSeed(k, 0, Outcome::principalUtility);
            double[] cq = runs.perSeed(k, 0, o -> o.contract()[0]), cf = runs.perSeed(k, 0, o -> o.contract()[1]);
            atFixed.put(k, LearnerRuns.mean(u));
            r.put("fixed_state." + k.key() + ".c_q", LearnerRuns.mean(cq));
            r.put("fixed_state." + k.key() + ".c_f", LearnerRuns.mean(cf));
            r.put("fixed_state." + k.key() + ".U_SIR", LearnerRuns.mean(u));
            r.put("fixed_state." + k.key() + ".U_SIR_std", LearnerRuns.std(u));
            r.put("fixed_state." + k.key() + ".gap_pct", LearnerRuns.gapPct(opt.principalUtility(), LearnerRuns.mean(u)));
            r.put("fixed_state." + k.key() + ".ir", runs.allSeeds(k, 0, Outcome::ir));
            r.put("fixed_state." + k.key() + ".ic", runs.allSeeds(k, 0, Outcome::ic));
            for (LearnerRuns.Run run : runs.runs.get(k)) {
                for (int i = 0; i < run.steps().length; i++) curve.row(k.key(), run.seed(), run.steps()[i], run.curve()[i], optimal);
                Outcome o = run.outcomes().get(0);
                fixed.row(k.key(), run.seed(), o.contract()[0], o.contract()[1], o.response()[0], o.principalUtility(), o.agentUtility(), o.ir(),
                        o.ic(), LearnerRuns.gapPct(opt.principalUtility(), o.principalUtility()));
            }
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f ± %.2f | %.2f | %s | %s |%n", k.label(), LearnerRuns.mean(cq),
                    LearnerRuns.mean(cf), LearnerRuns.mean(u), LearnerRuns.std(u), LearnerRuns.gapPct(opt.principalUtility(), LearnerRuns.mean(u)),
                    runs.allSeeds(k, 0, Outcome::ir), runs.allSeeds(k, 0, Outcome::ic)));
            lines.add(ProsecutorTrainingExperiment.meanCurve(k, runs.runs.get(k)));
        }
        double[] xs = lines.get(0).x();
        lines.add(new Charts.Line("Exact optimum", xs, ProsecutorTrainingExperiment.constant(xs.length, optimal)));
        String chart = ctx.charts().line("training", "Fig. 13(a): training, diffusion step N = " + cfg.learners().diffusionSteps(),
                "environment steps (contracts tried)", "reward (SIR utility U_SIR; penalty if IR/IC fails)", lines);
        // one curve per learner: the mean over seeds of training_curve.csv's eval_reward rows (exact optimum: optimal_reward)
        ctx.charts().seriesFromKey(chart, curve, "learner");
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("U_SIR", new double[] {opt.principalUtility(), atFixed.get(LearnerKind.DIFFUSION), atFixed.get(LearnerKind.SAC),
                atFixed.get(LearnerKind.PPO)});
        String bars = ctx.charts().bars("fixed_state", "Fig. 13(b): SIR utility of the designed contracts in the fixed state", "designer",
                "SIR utility U_SIR (utility units)", List.of("Exact optimum", "Diffusion", "SAC", "PPO"), groups);
        // the bars are column U_SIR of fixed_state.csv (learners: mean over seeds)
        ctx.charts().seriesFromColumns(bars, fixed, "U_SIR");

        double d = fin.get(LearnerKind.DIFFUSION), sac = fin.get(LearnerKind.SAC), ppo = fin.get(LearnerKind.PPO);
        double fd = atFixed.get(LearnerKind.DIFFUSION), fs = atFixed.get(LearnerKind.SAC), fp = atFixed.get(LearnerKind.PPO);
        Report rep = ctx.report();
        rep.summary("Each learner trains on states drawn from the training box (one contract per episode, the SIP best-responds over its "
                + "transmit power inside the environment); the greedy policy is scored along training on " + states.size() + " test states, "
                + "the first of which is the fixed state of Fig. 13(b). " + seeds.length + " seed(s), " + steps + " steps each."
                + (quick ? " This is a --quick run: far too short to judge the learners." : ""));
        Report.Verdict v1 = quick ? Report.Verdict.INFO : Report.Verdict.of(d > sac && d > ppo);
        Report.Verdict v2 = quick ? Report.Verdict.INFO : Report.Verdict.of(fd >= fs && fs >= fp);
        rep.compare("Final reward diffusion / SAC / PPO", String.format(Locale.ROOT, "%.2f / %.2f / %.2f", d, sac, ppo),
                "diffusion highest (Fig. 13(a))", v1, quick ? "quick run: not judged" : "");
        rep.compare("Fixed-state U_SIR diffusion / SAC / PPO", String.format(Locale.ROOT, "%.2f / %.2f / %.2f", fd, fs, fp),
                "189.1 / 185.9 / 184.3: diffusion >= SAC >= PPO", v2, quick ? "quick run: not judged" : "ordering only; scales differ");
        rep.compare("Exact optimum U_SIR in the fixed state (not in paper)", opt.principalUtility(), "-", Report.Verdict.INFO);
        rep.compare("First best if c_f could be negative (analytic oracle)", Report.fmt(firstBest), "-", Report.Verdict.INFO,
                "the contract box has c_f >= 0, so limited liability binds");
        for (LearnerKind k : LearnerKind.values())
            rep.compare("Gap of " + k.label() + " in the fixed state", String.format(Locale.ROOT, "%.2f %%",
                    LearnerRuns.gapPct(opt.principalUtility(), atFixed.get(k))), "not in paper", Report.Verdict.INFO);
        rep.section("Designed contracts in the fixed state (mean over seeds)", table.toString());
        rep.image(chart, "Fig. 13(a): mean reward over seeds against training steps");
        rep.image(bars, "Fig. 13(b): SIR utility in the fixed state");
    }
}
