package io.aigcnet.reputation.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report.Verdict;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.reputation.sim.ProsecutorMarketConfig;
import io.aigcnet.reputation.sim.ProsecutorMarkets;
import io.aigcnet.reputation.sim.ProsecutorMarkets.LevelSeries;
import java.util.ArrayList;
import java.util.List;

/** ProSecutor Fig. 8-A: reputation per MASP level under explicit and implicit clients, with degradation. */
public final class ProsecutorReputationExperiment implements Experiment {
    /** Levels (1-based) whose quality degrades from the degradation round: the paper's levels 1 and 3. */
    public static final List<Integer> DEGRADED_LEVELS = List.of(1, 3);

    @Override
    public String id() {
        return "prosecutor-reputation";
    }

    @Override
    public String title() {
        return "MWSL reputation per MASP level, explicit and implicit clients (ProSecutor Fig. 8-A)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 8-A, Sec. VII-B";
    }

    @Override
    public void run(ExperimentContext ctx) {
        ProsecutorMarketConfig cfg = ctx.config(ProsecutorMarketConfig.class,
                ctx.quick() ? ProsecutorMarketConfig.quick() : ProsecutorMarketConfig.defaults());
        LevelSeries explicit = ProsecutorMarkets.explicit(cfg, ctx.rng().stream("explicit-models"), ctx.rng().stream("explicit-market"));
        LevelSeries implicit = ProsecutorMarkets.implicit(cfg, ctx.rng().stream("implicit-models"), ctx.rng().stream("implicit-market"));
        int last = cfg.rounds() - 1;
        int pre = cfg.degradeRound() - 1;
        double[] finalExplicit = new double[4];
        double[] preExplicit = new double[4];
        double[] finalImplicit = new double[4];
        for (int l = 0; l < 4; l++) {
            finalExplicit[l] = explicit.at(l, last);
            preExplicit[l] = explicit.at(l, pre);
            finalImplicit[l] = implicit.at(l, last);
        }
        ctx.result().put("explicit.final_reputation_by_level", Series.byLevel(finalExplicit));
        ctx.result().put("explicit.pre_degradation_reputation_by_level", Series.byLevel(preExplicit));
        ctx.result().put("explicit.degraded_levels", DEGRADED_LEVELS);
        ctx.result().put("explicit.degradation_round", cfg.degradeRound());
        ctx.result().put("implicit.final_reputation_by_level", Series.byLevel(finalImplicit));
        for (int l = 0; l < 4; l++) {
            ctx.result().put("explicit.reputation_by_level." + (l + 1), explicit.levels()[l]);
            ctx.result().put("implicit.reputation_by_level." + (l + 1), implicit.levels()[l]);
        }
        write(ctx, "explicit", explicit, cfg.rounds());
        write(ctx, "implicit", implicit, cfg.rounds());

        String e = ctx.charts().line("explicit_reputation", "Explicit clients: average reputation per MASP level",
                "round (index)", "reputation (0-1)", lines(explicit, cfg.rounds()));
        ctx.charts().seriesFromColumns(e, ctx.series("explicit_reputation"), "level1", "level2", "level3", "level4");
        String i = ctx.charts().line("implicit_reputation", "Implicit clients: average reputation per MASP level",
                "round (index)", "reputation (0-1)", lines(implicit, cfg.rounds()));
        ctx.charts().seriesFromColumns(i, ctx.series("implicit_reputation"), "level1", "level2", "level3", "level4");
        checks(ctx, cfg, explicit, preExplicit, finalExplicit, finalImplicit);
        ctx.report().image(e, "Fig. 8-A(b) analogue: explicit clients; levels 1 and 3 degrade from round " + cfg.degradeRound());
        ctx.report().image(i, "Fig. 8-A(d) analogue: implicit clients (seeded synthetic stand-in for the paper's GPT-4 clients)");
    }

    private static void checks(ExperimentContext ctx, ProsecutorMarketConfig cfg, LevelSeries explicit, double[] pre,
                               double[] fin, double[] implicitFinal) {
        ctx.report().summary("The paper reports Fig. 8-A as curves only (no numbers), so each row states the shape the "
                + "text describes and the check applied to our run. Client and MASP models are in docs/decisions.md.");
        boolean ordered = pre[0] > pre[1] && pre[1] > pre[2] && pre[2] > pre[3];
        ctx.report().compare("explicit reputation by level at round " + (cfg.degradeRound() - 1),
                join(pre), "strictly aligned with capability levels (1 > 2 > 3 > 4)", Verdict.of(ordered));
        int deg = cfg.degradeRound();
        for (int level : DEGRADED_LEVELS) {
            double[] s = explicit.levels()[level - 1];
            double mid = s[Math.min(s.length - 1, deg + 10)];
            double drop = pre[level - 1] - fin[level - 1];
            double step = Series.largestStepDrop(s, deg);
            boolean gradual = drop > 0.05 && mid < pre[level - 1] && mid > fin[level - 1] && step < drop / 3;
            ctx.report().compare("level " + level + " after degradation",
                    "pre " + Series.fmt(pre[level - 1]) + " -> final " + Series.fmt(fin[level - 1]) + ", round " + (deg + 10) + " "
                    + Series.fmt(mid) + ", largest one-round drop " + Series.fmt(step),
                    "drops gradually from round 120", Verdict.of(gradual),
                    "check: drop > 0.05, strictly between at +10 rounds, no single round > 1/3 of the drop");
        }
        double steadyChange = Math.max(Math.abs(fin[1] - pre[1]), Math.abs(fin[3] - pre[3]));
        double minDrop = Math.min(pre[0] - fin[0], pre[2] - fin[2]);
        ctx.report().compare("largest change of non-degraded levels 2, 4", Series.fmt(steadyChange),
                "(implied) unaffected levels keep their reputation", Verdict.of(steadyChange < minDrop),
                "check: smaller than the smallest degraded-level drop " + Series.fmt(minDrop));
        boolean implicitOrdered = implicitFinal[0] > implicitFinal[1] && implicitFinal[1] > implicitFinal[2]
                && implicitFinal[2] > implicitFinal[3];
        ctx.report().compare("implicit reputation by level at the last round", join(implicitFinal),
                "higher-capacity MASPs earn higher reputation", Verdict.of(implicitOrdered), "check: 1 > 2 > 3 > 4");
    }

    private static void write(ExperimentContext ctx, String name, LevelSeries s, int rounds) {
        SeriesWriter w = ctx.series(name + "_reputation", "round", "level1", "level2", "level3", "level4");
        for (int r = 0; r < rounds; r++) {
            w.row(r, s.at(0, r), s.at(1, r), s.at(2, r), s.at(3, r));
        }
    }

    private static List<Charts.Line> lines(LevelSeries s, int rounds) {
        List<Charts.Line> out = new ArrayList<>();
        for (int l = 0; l < 4; l++) {
            out.add(new Charts.Line("level " + (l + 1), Series.x(rounds), s.levels()[l]));
        }
        return out;
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(i + 1).append(": ").append(Series.fmt(v[i]));
        }
        return sb.toString();
    }
}
