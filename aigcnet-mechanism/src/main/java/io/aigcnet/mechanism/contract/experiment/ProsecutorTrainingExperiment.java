package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.mechanism.contract.agent.LearnerKind;
import io.aigcnet.mechanism.contract.agent.LearnerSettings;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ProSecutor Fig. 9(a): the diffusion policy, PPO and SAC learn to design {μ_s, F_s}; the reward of each greedy
 * policy, averaged over the Fig. 9(b) market states, is traced along training for several seeds beside the
 * exact optimum's reward.
 */
public final class ProsecutorTrainingExperiment implements Experiment {

    /**
     * @param model      the contract model's constants
     * @param learners   the learners' hyperparameters (T = diffusion steps)
     * @param seeds      training seeds of a full run
     * @param quickSeeds training seeds of --quick
     */
    public record Config(ProsecutorParams model, LearnerSettings learners, long[] seeds, long[] quickSeeds) implements Validated {
        public static Config defaults() {
            return new Config(ProsecutorParams.defaults(), LearnerSettings.defaults(5), new long[] {1, 2, 3}, new long[] {1});
        }

        @Override public void validate() {
            model.validate("model.");
            learners.validate("learners.");
            if (seeds == null || seeds.length == 0) throw ConfigException.field("seeds", "must list at least one seed");
            if (quickSeeds == null || quickSeeds.length == 0) throw ConfigException.field("quick_seeds", "must list at least one seed");
        }
    }

    @Override public String id() { return "prosecutor-contract-training"; }

    @Override public String title() { return "ProSecutor: training the contract designers (diffusion, PPO, SAC)"; }

    @Override public String paperRef() { return "ProSecutor Fig. 9(a)"; }

    @Override public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        boolean quick = ctx.quick();
        long steps = cfg.learners().steps(quick);
        long[] seeds = quick ? cfg.quickSeeds() : cfg.seeds();
        ProsecutorGame game = new ProsecutorGame(cfg.model());
        LearnerRuns runs;
        try (Progress p = ctx.progress("contract learners", steps * seeds.length * LearnerKind.values().length)) {
            runs = LearnerRuns.run(game, TrainingStates.prosecutorBox(), TrainingStates.prosecutorStates(), cfg.learners(), steps, seeds, p);
        }
        double optimal = runs.optimalReward(game);
        var r = ctx.result();
        r.put("steps", steps);
        r.put("seeds", seeds);
        r.put("diffusion_steps_T", cfg.learners().diffusionSteps());
        r.put("optimal_reward", optimal);
        SeriesWriter curve = ctx.series("training_curve", "learner", "seed", "step", "eval_reward", "optimal_reward");
        List<Charts.Line> lines = new ArrayList<>();
        Report rep = ctx.report();
        double[] means = new double[LearnerKind.values().length];
        for (LearnerKind k : LearnerKind.values()) {
            double[] fin = runs.finalRewards(k);
            double mean = LearnerRuns.mean(fin), std = LearnerRuns.std(fin);
            means[k.ordinal()] = mean;
            r.put("final_reward." + k.key(), mean);
            r.put("final_reward_std." + k.key(), std);
            r.put("final_reward_seeds." + k.key(), fin);
            r.put("gap_pct." + k.key(), LearnerRuns.gapPct(optimal, mean));
            r.put("train_seconds." + k.key(), runs.runs.get(k).stream().mapToDouble(LearnerRuns.Run::seconds).toArray());
            for (LearnerRuns.Run run : runs.runs.get(k))
                for (int i = 0; i < run.steps().length; i++) curve.row(k.key(), run.seed(), run.steps()[i], run.curve()[i], optimal);
            lines.add(meanCurve(k, runs.runs.get(k)));
        }
        double[] xs = lines.get(0).x();
        lines.add(new Charts.Line("Exact optimum", xs, constant(xs.length, optimal)));
        String chart = ctx.charts().line("training", "Fig. 9(a): reward of the designed contract during training", "environment steps (contracts tried)",
                "reward (client utility U_C, tokens; -500 if IR/IC fails)", lines);
        // one curve per learner: the mean over seeds of training_curve.csv's eval_reward rows (exact optimum: optimal_reward)
        ctx.charts().seriesFromKey(chart, curve, "learner");

        rep.summary("Each learner (aigcnet-learn) trains on market states drawn uniformly from the training box; its greedy contract "
                + "is scored every few steps on the " + runs.states.size() + " market states of Fig. 9(b) (reward = U_C when IR and IC hold, "
                + "-500 otherwise). " + seeds.length + " seed(s), " + steps + " steps each; mean ± sample std over seeds. The exact "
                + "optimum comes from the nested solver." + (quick ? " This is a --quick run: far too short to judge the learners." : ""));
        double d = means[LearnerKind.DIFFUSION.ordinal()], ppo = means[LearnerKind.PPO.ordinal()], sac = means[LearnerKind.SAC.ordinal()];
        for (LearnerKind k : LearnerKind.values()) {
            double[] fin = runs.finalRewards(k);
            rep.compare(k.label() + " final reward", String.format(Locale.ROOT, "%.1f ± %.1f", LearnerRuns.mean(fin), LearnerRuns.std(fin)),
                    "not stated (curve only)", Report.Verdict.INFO);
        }
        rep.compare("Exact optimum reward (not in paper)", optimal, "-", Report.Verdict.INFO);
        Report.Verdict order = quick ? Report.Verdict.INFO : Report.Verdict.of(d > ppo && d > sac);
        rep.compare("Diffusion above PPO and SAC in final reward", String.format(Locale.ROOT, "%.1f vs %.1f / %.1f", d, ppo, sac),
                "diffusion highest", order, quick ? "quick run: not judged" : "");
        for (LearnerKind k : LearnerKind.values())
            rep.compare("Gap of " + k.label() + " to the exact optimum", String.format(Locale.ROOT, "%.2f %%", LearnerRuns.gapPct(optimal, means[k.ordinal()])),
                    "not in paper", Report.Verdict.INFO);
        rep.image(chart, "Fig. 9(a): mean reward over seeds against training steps");
    }

    static Charts.Line meanCurve(LearnerKind k, List<LearnerRuns.Run> runs) {
        int n = runs.stream().mapToInt(r -> r.curve().length).min().orElse(0);
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = runs.get(0).steps()[i];
            for (LearnerRuns.Run r : runs) y[i] += r.curve()[i] / runs.size();
        }
        return new Charts.Line(k.label(), x, y);
    }

    static double[] constant(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }
}
