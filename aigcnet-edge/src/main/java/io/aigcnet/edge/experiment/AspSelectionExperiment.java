package io.aigcnet.edge.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.edge.asp.AspEpisodes;
import io.aigcnet.edge.asp.AspProfile;
import io.aigcnet.edge.asp.AspReplay;
import io.aigcnet.edge.asp.AspSelectionPolicy;
import io.aigcnet.edge.asp.AspSetup;
import io.aigcnet.edge.asp.AspTask;
import io.aigcnet.edge.asp.AspTrace;
import io.aigcnet.edge.asp.CrashAvoidSelection;
import io.aigcnet.edge.asp.ProphetSelection;
import io.aigcnet.edge.asp.RandomSelection;
import io.aigcnet.edge.asp.RoundRobinSelection;
import io.aigcnet.edge.asp.learn.AspLearners;
import io.aigcnet.edge.asp.learn.LearnedSelection;
import io.aigcnet.edge.asp.learn.LearnerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The survey's Fig. 9: cumulative reward of ASP selection against training steps and at test time,
 * for D2SAC, SAC and PPO beside the omniscient upper bound and the heuristics, on AGOD's environment.
 * Every policy is scored on the same fixed test episodes (mean per episode).
 */
public final class AspSelectionExperiment implements Experiment {
    /** Result-key names in figure order. */
    static final List<String> POLICIES = List.of("prophet", "d2sac", "sac", "ppo", "crash_avoid", "round_robin", "random");
    static final List<String> HEURISTICS = List.of("crash_avoid", "round_robin", "random");
    static final List<String> LEARNED = List.of("d2sac", "sac", "ppo");

    /**
     * @param setup             the case study (AGOD's capacities 400–900 by default; {@code AspSetup.survey()} uses 600–1,500)
     * @param learners          learner budgets and sizes
     * @param testEpisodes      fixed test episodes (full run)
     * @param quickTestEpisodes fixed test episodes with --quick
     * @param quickHorizonS     episode horizon with --quick (≈ λ·T tasks per episode; AGOD's 10⁶ s in a full run)
     */
    public record Config(AspSetup setup, LearnerSettings learners, int testEpisodes, int quickTestEpisodes, double quickHorizonS)
            implements Validated {
        public static Config defaults() {
            return new Config(AspSetup.agod(), LearnerSettings.defaults(), 5, 1, 100_000);
        }

        @Override public void validate() {
            try {
                setup.validate();
            } catch (io.aigcnet.core.config.ConfigException e) {
                throw io.aigcnet.core.config.ConfigException.field("setup." + e.fieldName(), e.reason());
            }
            learners.validate("learners.");
            Checks.range("test_episodes", testEpisodes, 1, 1000);
            Checks.range("quick_test_episodes", quickTestEpisodes, 1, 1000);
            Checks.positive("quick_horizon_s", quickHorizonS);
        }
    }

    /** Mean per test episode. */
    record Score(double reward, double crashEvents, double crashedTasks, double served) {}

    @Override public String id() { return "survey-asp-selection"; }

    @Override public String title() { return "ASP selection: D2SAC, SAC, PPO vs the upper bound and heuristics"; }

    @Override public String paperRef() { return "the survey, Fig. 9 (environment of the public AGOD code)"; }

    @Override public void run(ExperimentContext ctx) throws Exception {
        Config cfg = ctx.config(Config.class, Config.defaults());
        boolean quick = ctx.quick();
        AspSetup s0 = cfg.setup();
        AspSetup setup = quick ? new AspSetup(s0.numAsps(), s0.numUsers(), s0.capacityMin(), s0.capacityMax(), s0.capacityStep(), s0.stepsMin(),
                s0.stepsMax(), s0.stepsStep(), s0.arrivalRatePerS(), Math.min(s0.horizonS(), cfg.quickHorizonS())) : s0;
        List<AspProfile> asps = AspEpisodes.drawAsps(setup, ctx.rng().stream("asps"));
        int nTest = quick ? cfg.quickTestEpisodes() : cfg.testEpisodes();
        List<List<AspTask>> test = new ArrayList<>();
        for (int i = 0; i < nTest; i++) test.add(AspEpisodes.drawEpisode(setup, ctx.rng().stream("test")));
        long steps = cfg.learners().steps(quick);
        long evalEvery = quick ? 0 : cfg.learners().evalEvery(); // quick: only the final evaluation

        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("prophet", score(asps, test, new ProphetSelection()));
        scores.put("crash_avoid", score(asps, test, new CrashAvoidSelection()));
        scores.put("round_robin", score(asps, test, new RoundRobinSelection()));
        scores.put("random", score(asps, test, new RandomSelection(ctx.rng().stream("random-policy"))));

        SeriesWriter curve = ctx.series("training_curve", "policy", "step", "test_cumulative_reward");
        SeriesWriter trainCurve = ctx.series("training_episodes", "policy", "step", "train_episode_reward");
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        try (Progress progress = ctx.progress("Fig. 9 learners", 3 * steps)) {
            for (AspLearners.Kind kind : AspLearners.Kind.values()) {
                String name = kind.name();
                List<double[]> pts = new ArrayList<>();
                curves.put(name, pts);
                try (AspLearners.Trained trained = AspLearners.train(kind, setup, asps, test, cfg.learners(), steps, evalEvery,
                        ctx.rng().stream("train-" + name), (step, key, value) -> {
                            if (key.equals("eval/return") || key.equals("eval/final_return")) {
                                if (pts.isEmpty() || pts.get(pts.size() - 1)[0] != step) {
                                    pts.add(new double[]{step, value});
                                    curve.row(name, step, value);
                                }
                            } else if (key.equals("train/episode_return")) {
                                trainCurve.row(name, step, value);
                            }
                        }, progress)) {
                    Score sc = score(asps, test, new LearnedSelection(name, trained.policy(), setup));
                    scores.put(name, sc);
                    if (pts.isEmpty() || pts.get(pts.size() - 1)[0] != steps) {
                        pts.add(new double[]{steps, sc.reward()});
                        curve.row(name, steps, sc.reward());
                    }
                }
            }
        }

        SeriesWriter table = ctx.series("test", "policy", "cumulative_reward", "crash_events", "crashed_tasks", "served");
        for (String p : POLICIES) {
            Score s = scores.get(p);
            table.row(p, s.reward(), s.crashEvents(), s.crashedTasks(), s.served());
            ctx.result().put("cumulative_reward." + p, s.reward());
            ctx.result().put("crash_events." + p, s.crashEvents());
            ctx.result().put("crashed_tasks." + p, s.crashedTasks());
            ctx.result().put("served." + p, s.served());
        }
        ctx.result().put("training_steps", steps);
        ctx.result().put("test_episodes", nTest);
        ctx.result().put("tasks_per_test_episode", test.stream().mapToInt(e -> e.size() - 1).average().orElse(0));
        chartAndReport(ctx, scores, curves, steps, nTest, setup, curve, table);
    }

    static Score score(List<AspProfile> asps, List<List<AspTask>> episodes, AspSelectionPolicy policy) {
        double r = 0, c = 0, ct = 0, s = 0;
        for (List<AspTask> e : episodes) {
            AspReplay.Result res = AspReplay.run(new AspTrace(asps, e.subList(0, e.size() - 1)), policy);
            r += res.cumulativeReward();
            c += res.crashEvents();
            ct += res.crashedTasks();
            s += res.served();
        }
        int n = episodes.size();
        return new Score(r / n, c / n, ct / n, s / n);
    }

    private static void chartAndReport(ExperimentContext ctx, Map<String, Score> scores, Map<String, List<double[]>> curves, long steps,
                                       int nTest, AspSetup setup, SeriesWriter curveCsv, SeriesWriter testCsv) {
        List<Charts.Line> lines = new ArrayList<>();
        for (var e : curves.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
            lines.add(new Charts.Line(label(e.getKey()), x, y));
        }
        double[] ends = {0, steps};
        for (String h : List.of("prophet", "crash_avoid", "round_robin", "random")) {
            double v = scores.get(h).reward();
            lines.add(new Charts.Line(label(h), ends, new double[]{v, v}));
        }
        String curveChart = ctx.charts().line("cumulative_reward", "Fig. 9: test cumulative reward per episode",
                "training steps (tasks assigned)", "cumulative reward per episode (utility units)", lines);
        // the learners' curves are training_curve.csv (one row per policy and step); the flat lines are test.csv's cumulative_reward
        ctx.charts().seriesFromKey(curveChart, curveCsv, "policy");
        Map<String, double[]> rewardBars = new LinkedHashMap<>();
        rewardBars.put("cumulative reward", POLICIES.stream().mapToDouble(p -> scores.get(p).reward()).toArray());
        String barChart = ctx.charts().bars("test_reward", "Test cumulative reward per episode", "policy",
                "cumulative reward per episode (utility units)", POLICIES.stream().map(AspSelectionExperiment::label).toList(), rewardBars);
        ctx.charts().seriesFromColumns(barChart, testCsv, "cumulative_reward");
        Map<String, double[]> crashBars = new LinkedHashMap<>();
        crashBars.put("crash events", POLICIES.stream().mapToDouble(p -> scores.get(p).crashEvents()).toArray());
        crashBars.put("crashed tasks (running when their ASP crashed)", POLICIES.stream().mapToDouble(p -> scores.get(p).crashedTasks()).toArray());
        String crashChart = ctx.charts().bars("crashes", "Crashes per test episode", "policy", "count per episode",
                POLICIES.stream().map(AspSelectionExperiment::label).toList(), crashBars);
        ctx.charts().seriesFromColumns(crashChart, testCsv, "crash_events", "crashed_tasks");

        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "%d ASPs (capacity %d–%d diffusion steps), Poisson arrivals λ = %s /s over %s s (≈ %.0f tasks "
                        + "per episode), AGOD's piecewise-linear utility, runtime and crash penalty. D2SAC, SAC and PPO train for %d steps "
                        + "each; every policy is scored on the same %d test episode(s). The survey's text gives no numbers for Fig. 9, "
                        + "only the ordering, so the checks are the ordering and the crash comparison.",
                setup.numAsps(), setup.capacityMin(), setup.capacityMax(), fmt(setup.arrivalRatePerS()), fmt(setup.horizonS()),
                setup.arrivalRatePerS() * setup.horizonS(), steps, nTest));
        double prophet = scores.get("prophet").reward(), d2sac = scores.get("d2sac").reward();
        double bestHeuristic = HEURISTICS.stream().mapToDouble(h -> scores.get(h).reward()).max().orElseThrow();
        rep.compare("upper bound ≥ D2SAC (cumulative reward)", fmt(prophet) + " vs " + fmt(d2sac), "upper bound ≥ learned",
                Report.Verdict.of(prophet >= d2sac));
        rep.compare("D2SAC > crash-avoid, round-robin and random", fmt(d2sac) + " vs best heuristic " + fmt(bestHeuristic),
                "D2SAC beats every heuristic", Report.Verdict.of(d2sac > bestHeuristic));
        for (String l : LEARNED) {
            double c = scores.get(l).crashEvents();
            double minH = HEURISTICS.stream().mapToDouble(h -> scores.get(h).crashEvents()).min().orElseThrow();
            rep.compare(label(l) + " crashes fewer than every heuristic", fmt(c) + " vs fewest heuristic " + fmt(minH),
                    "fewer crashed tasks than the baselines", Report.Verdict.of(c < minH));
        }
        for (String p : POLICIES)
            rep.compare("cumulative reward, " + label(p), scores.get(p).reward(), "curve only (no number in text)", Report.Verdict.INFO);
        rep.image(curveChart, "Fig. 9: test cumulative reward against training steps; the upper bound and heuristics as flat lines");
        rep.image(barChart, "Cumulative reward per test episode after training");
        rep.image(crashChart, "Crash events and running tasks lost to crashes, per test episode");
    }

    static String label(String key) {
        return switch (key) {
            case "prophet" -> "upper bound";
            case "d2sac" -> "D2SAC";
            case "sac" -> "SAC";
            case "ppo" -> "PPO";
            case "crash_avoid" -> "crash-avoid";
            case "round_robin" -> "round-robin";
            default -> key;
        };
    }

    private static String fmt(double v) { return Report.fmt(v); }
}
