package io.aigcnet.reputation.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report.Verdict;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.reputation.sim.SurveyConfig;
import io.aigcnet.reputation.sim.SurveyMarket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Survey Figs. 14–15: softmax reputation-based ESP selection vs the most-familiar-ESP baseline. */
public final class SurveyReputationExperiment implements Experiment {
    @Override
    public String id() {
        return "survey-reputation";
    }

    @Override
    public String title() {
        return "Reputation-based ESP selection with softmax, ESP1 delaying mid-run (survey Figs. 14-15)";
    }

    @Override
    public String paperRef() {
        return "Survey Sec. V-D, Figs. 14-15";
    }

    static String esp(int e) {
        return "esp" + (e + 1);
    }

    @Override
    public void run(ExperimentContext ctx) {
        SurveyConfig cfg = ctx.config(SurveyConfig.class, ctx.quick() ? SurveyConfig.quick() : SurveyConfig.defaults());
        SurveyMarket.Outcome rep = SurveyMarket.run(cfg, SurveyMarket.softmax(cfg), ctx.rng().stream("reputation"));
        SurveyMarket.Outcome fam = SurveyMarket.run(cfg, SurveyMarket.MOST_FAMILIAR, ctx.rng().stream("most-familiar"));
        int n = cfg.rounds();
        List<Charts.Line> lines = new ArrayList<>();
        SeriesWriter w = ctx.series("reputation", "round", "esp1", "esp2", "esp3");
        for (int r = 0; r < n; r++) {
            w.row(r, rep.reputation()[0][r], rep.reputation()[1][r], rep.reputation()[2][r]);
        }
        for (int e = 0; e < SurveyMarket.ESPS; e++) {
            ctx.result().put("reputation." + esp(e), rep.reputation()[e]);
            lines.add(new Charts.Line("ESP" + (e + 1), Series.x(n), rep.reputation()[e]));
        }
        Map<String, Long> tRep = new LinkedHashMap<>();
        Map<String, Long> tFam = new LinkedHashMap<>();
        for (int e = 0; e < SurveyMarket.ESPS; e++) {
            tRep.put(esp(e), rep.tasks()[e]);
            tFam.put(esp(e), fam.tasks()[e]);
        }
        ctx.result().put("tasks_per_esp.reputation", tRep);
        ctx.result().put("tasks_per_esp.most_familiar", tFam);
        double cvRep = Series.cv(rep.tasks());
        double cvFam = Series.cv(fam.tasks());
        ctx.result().put("workload_cv.reputation", cvRep);
        ctx.result().put("workload_cv.most_familiar", cvFam);
        ctx.result().put("mean_latency_s.reputation", rep.meanLatencyS());
        ctx.result().put("mean_latency_s.most_familiar", fam.meanLatencyS());
        ctx.result().put("delay_start_round", cfg.delayStart());

        ctx.report().summary("The survey gives Figs. 14-15 as curves and bars without numbers; each row states the "
                + "behaviour the text describes and the check applied to our run. The producer and ESP models are in "
                + "docs/decisions.md.");
        int d = cfg.delayStart();
        double[] before = new double[3];
        double[] atDelay = new double[3];
        double[] end = new double[3];
        int tail = Math.max(1, n / 20);
        for (int e = 0; e < 3; e++) {
            before[e] = Series.mean(rep.reputation()[e], d - 10, d);
            atDelay[e] = rep.reputation()[e][d - 1];
            end[e] = Series.mean(rep.reputation()[e], n - tail, n);
        }
        ctx.report().compare("mean reputation in the 10 rounds before ESP1 delays",
                "ESP1 " + Series.fmt(before[0]) + ", ESP2 " + Series.fmt(before[1]) + ", ESP3 " + Series.fmt(before[2]),
                "ESP1 has the highest, stable reputation", Verdict.of(before[0] > before[1] && before[0] > before[2]));
        ctx.report().compare("ESP1 after it delays", Series.fmt(atDelay[0]) + " -> " + Series.fmt(end[0]),
                "ESP1's reputation declines sharply", Verdict.of(atDelay[0] - end[0] > 0.15), "check: falls by more than 0.15");
        boolean othersHold = end[1] >= atDelay[1] - 0.03 && end[2] >= atDelay[2] - 0.03 && end[1] > end[0] && end[2] > end[0];
        ctx.report().compare("ESP2, ESP3 after ESP1 delays",
                "ESP2 " + Series.fmt(atDelay[1]) + " -> " + Series.fmt(end[1]) + ", ESP3 " + Series.fmt(atDelay[2]) + " -> " + Series.fmt(end[2]),
                "ESP2 and ESP3 keep rising", Verdict.of(othersHold),
                "check: neither falls by more than 0.03 and both end above ESP1 (they are near their steady state by then)");
        ctx.report().compare("workload CV across ESPs (tasks)",
                "reputation " + Series.fmt(cvRep) + " " + tRep + "; most familiar " + Series.fmt(cvFam) + " " + tFam,
                "reputation-based selection balances the workload; the traditional one is uneven", Verdict.of(cvRep < cvFam));
        ctx.report().compare("mean service latency [s]",
                "reputation " + Series.fmt(rep.meanLatencyS()) + ", most familiar " + Series.fmt(fam.meanLatencyS()),
                "traditional methods extend service latency", Verdict.INFO,
                "reported, not checked: which ESP the baseline locks onto decides its latency");
        String f14 = ctx.charts().line("reputation", "Fig. 14 analogue: ESP reputation (ESP1 delays from round " + d + ")",
                "round (index)", "reputation (0-1)", lines);
        ctx.charts().seriesFromColumns(f14, w, "esp1", "esp2", "esp3");
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("reputation (softmax)", new double[] {rep.tasks()[0], rep.tasks()[1], rep.tasks()[2]});
        groups.put("most familiar", new double[] {fam.tasks()[0], fam.tasks()[1], fam.tasks()[2]});
        SeriesWriter tasks = ctx.series("tasks_per_esp", "selection", "esp1", "esp2", "esp3");
        for (Map.Entry<String, double[]> g : groups.entrySet())
            tasks.row(g.getKey(), g.getValue()[0], g.getValue()[1], g.getValue()[2]);
        String f15 = ctx.charts().bars("tasks_per_esp", "Fig. 15 analogue: workload per ESP", "ESP", "tasks served (count)",
                List.of("ESP1", "ESP2", "ESP3"), groups);
        ctx.charts().seriesFromKey(f15, tasks, "selection");
        ctx.report().image(f14, "Fig. 14 analogue");
        ctx.report().image(f15, "Fig. 15 analogue");
    }
}
