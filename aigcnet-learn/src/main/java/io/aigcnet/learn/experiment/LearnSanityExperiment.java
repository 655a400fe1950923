package io.aigcnet.learn.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.report.Report.Verdict;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.learn.nn.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proves the deep-RL toolkit on tasks with known results before it is trusted on the papers' tasks:
 * PPO on CartPole-v1, SAC and the diffusion actor on Pendulum-v1, each the mean over seeds of the
 * final greedy evaluation return, against the published reference levels of issue 5.
 */
public final class LearnSanityExperiment implements Experiment {
    static final double PPO_TARGET = 475;
    static final double SAC_TARGET = -200;
    static final double DIFFUSION_TARGET = -250;

    @Override public String id() { return "learn-sanity"; }

    @Override public String title() {
        return "Deep-RL toolkit sanity: PPO on CartPole, SAC and the diffusion actor on Pendulum";
    }

    @Override public String paperRef() {
        return "Toolkit check (Gymnasium CartPole-v1 / Pendulum-v1 reference levels)";
    }

    /** One algorithm's task and target. */
    private record Task(String key, String label, double target, int steps) {}

    @Override public void run(ExperimentContext ctx) {
        LearnSanityConfig cfg = ctx.config(LearnSanityConfig.class, ctx.quick() ? LearnSanityConfig.quick() : LearnSanityConfig.defaults());
        cfg.validate();
        Torch.seed(ctx.seed());
        List<Task> all = List.of(
                new Task("ppo_cartpole", "PPO, CartPole-v1", PPO_TARGET, cfg.ppoSteps()),
                new Task("sac_pendulum", "SAC, Pendulum-v1", SAC_TARGET, cfg.sacSteps()),
                new Task("diffusion_pendulum", "Diffusion actor (T = " + cfg.diffusionT() + "), Pendulum-v1", DIFFUSION_TARGET, cfg.diffusionSteps()));
        List<Task> tasks = all.stream().filter(t -> cfg.tasks().contains(t.key())).toList();
        long total = 0;
        for (Task t : tasks) total += (long) t.steps() * cfg.seeds().size();
        SeriesWriter curves = ctx.series("eval_curves", "task", "seed", "step", "eval_return");
        ctx.report().summary("Each agent is trained from scratch per seed with the settings in docs/decisions.md (learn) and "
                + "evaluated greedily (" + cfg.evalEpisodes() + " episodes) at the end; the value is the mean over seeds "
                + cfg.seeds() + (ctx.quick() ? ". Quick mode is a smoke run: budgets far below the targets', so no verdicts." : "."));
        List<Charts.Line> cartpole = new ArrayList<>(), pendulum = new ArrayList<>();
        try (Progress progress = ctx.progress("learn-sanity", total)) {
            for (Task t : tasks) {
                double[] finals = new double[cfg.seeds().size()];
                for (int i = 0; i < finals.length; i++) {
                    int seed = cfg.seeds().get(i);
                    progress.message(t.key() + " seed " + seed);
                    var rng = ctx.rng().child(t.key()).fresh("seed-" + seed);
                    SanityRuns.Curve c = switch (t.key()) {
                        case "ppo_cartpole" -> SanityRuns.ppoCartPole(cfg, rng, progress);
                        case "sac_pendulum" -> SanityRuns.sacPendulum(cfg, rng, progress);
                        default -> SanityRuns.diffusionPendulum(cfg, rng, progress);
                    };
                    // one CSV per chart as well, keyed by the legend's name, so each chart's series can be checked
                    String chart = t.key().startsWith("ppo") ? "cartpole" : "pendulum";
                    String line = t.key() + " seed " + seed;
                    SeriesWriter perChart = ctx.series(chart + "_curves", "series", "step", "eval_return");
                    for (int k = 0; k < c.steps().length; k++) {
                        curves.row(t.key(), seed, c.steps()[k], c.returns()[k]);
                        perChart.row(line, c.steps()[k], c.returns()[k]);
                    }
                    double[] x = new double[c.steps().length];
                    for (int k = 0; k < x.length; k++) x[k] = c.steps()[k];
                    (chart.equals("cartpole") ? cartpole : pendulum).add(new Charts.Line(line, x, c.returns()));
                    finals[i] = c.last();
                }
                double mean = mean(finals);
                ctx.result().put(t.key(), mean);
                ctx.result().put("per_seed." + t.key(), finals);
                ctx.result().put("steps." + t.key(), t.steps());
                ctx.result().put("target." + t.key(), t.target());
                String ours = String.format(Locale.ROOT, "%.1f (seeds: %s)", mean, join(finals));
                String paper = "≥ " + Report.fmt(t.target()) + " within " + t.steps() + " steps";
                ctx.report().compare(t.label() + ", final mean evaluation return", ours, paper,
                        ctx.quick() ? Verdict.INFO : Verdict.of(mean >= t.target()));
            }
        }
        if (!cartpole.isEmpty()) {
            String file = ctx.charts().line("cartpole.png", "PPO on CartPole-v1", "environment steps (count)",
                    "evaluation return (reward per episode)", cartpole);
            ctx.charts().seriesFromKey(file, ctx.series("cartpole_curves"), "series");
            ctx.report().image(file, "PPO evaluation return per seed");
        }
        if (!pendulum.isEmpty()) {
            String file = ctx.charts().line("pendulum.png", "SAC and diffusion actor on Pendulum-v1", "environment steps (count)",
                    "evaluation return (reward per episode)", pendulum);
            ctx.charts().seriesFromKey(file, ctx.series("pendulum_curves"), "series");
            ctx.report().image(file, "Pendulum evaluation return per seed");
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", x));
        return b.toString();
    }
}
