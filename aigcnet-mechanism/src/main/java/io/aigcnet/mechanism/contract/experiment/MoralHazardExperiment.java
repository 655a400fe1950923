package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.mechanism.contract.Outcome;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.MaspAction;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ProSecutor Fig. 9(c): under the optimal contract of the reference market, the MASP's utility when it deviates
 * from its IC response, over a grid of compute levels c̄ and channel fees F_e. Every deviation must pay it less.
 */
public final class MoralHazardExperiment implements Experiment {

    /**
     * @param model        the contract model's constants
     * @param computeGrid  c̄ values of the deviation grid (full run), spread evenly over the action box
     * @param feeGrid      F_e values of the deviation grid (full run)
     * @param quickGrid    points per axis in --quick
     */
    public record Config(ProsecutorParams model, int computeGrid, int feeGrid, int quickGrid) implements Validated {
        public static Config defaults() {
            return new Config(ProsecutorParams.defaults(), 79, 33, 9);
        }

        @Override public void validate() {
            model.validate("model.");
            Checks.range("compute_grid", computeGrid, 2, 100_000);
            Checks.range("fee_grid", feeGrid, 2, 100_000);
            Checks.range("quick_grid", quickGrid, 2, 100_000);
        }
    }

    @Override public String id() { return "prosecutor-contract-moral-hazard"; }

    @Override public String title() { return "ProSecutor: the MASP's utility when it deviates from the contract"; }

    @Override public String paperRef() { return "ProSecutor Fig. 9(c)"; }

    @Override public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int nc = ctx.quick() ? cfg.quickGrid() : cfg.computeGrid(), nf = ctx.quick() ? cfg.quickGrid() : cfg.feeGrid();
        ProsecutorGame game = new ProsecutorGame(cfg.model());
        double[] e = MarketState.reference().toVector();
        PaymentModel m = game.model(e);
        Outcome opt = game.solve(e);
        PaymentContract c = new PaymentContract(opt.contract()[0], opt.contract()[1]);
        MaspAction follow = new MaspAction(opt.response()[0], opt.response()[1]);
        double uFollow = m.maspUtility(c, follow);
        var r = ctx.result();
        r.put("state", e);
        r.put("contract.mu_s", c.bonusRate());
        r.put("contract.F_s", c.fixedFee());
        r.put("response.c_bar", follow.compute());
        r.put("response.F_e", follow.channelFee());
        r.put("response.U_SP", uFollow);
        r.put("response.U_C", opt.principalUtility());
        SeriesWriter csv = ctx.series("deviations", "c_bar", "F_e", "U_SP", "loss_vs_response");
        ProsecutorParams p = cfg.model();
        List<Object> deviations = new ArrayList<>();
        double worstGain = Double.NEGATIVE_INFINITY;
        int count = 0;
        double[] cs = new double[nc];
        List<Charts.Line> lines = new ArrayList<>();
        double[][] byFee = new double[nf][nc];
        for (int j = 0; j < nf; j++) {
            double fee = p.feeMin() + j * (p.feeMax() - p.feeMin()) / (nf - 1);
            for (int i = 0; i < nc; i++) {
                double cbar = p.computeMin() + i * (p.computeMax() - p.computeMin()) / (nc - 1);
                cs[i] = cbar;
                double u = m.maspUtility(c, new MaspAction(cbar, fee));
                byFee[j][i] = u;
                if (Math.abs(cbar - follow.compute()) < 1e-9 && Math.abs(fee - follow.channelFee()) < 1e-9) continue;
                deviations.add(java.util.Map.of("c_bar", cbar, "F_e", fee, "U_SP", u));
                csv.row(cbar, fee, u, uFollow - u);
                worstGain = Math.max(worstGain, u - uFollow);
                count++;
            }
        }
        r.put("deviations", deviations);
        r.put("deviation_count", count);
        r.put("max_gain_from_deviating", worstGain);
        boolean holds = worstGain < 0;
        r.put("all_deviations_worse", holds);
        // the curves the chart draws (every fifth fee, and the IC response), one row per point, keyed by legend name
        SeriesWriter curves = ctx.series("deviation_curves", "curve", "F_e", "c_bar", "U_SP");
        for (int j = 0; j < nf; j += Math.max(1, nf / 5)) {
            double fee = p.feeMin() + j * (p.feeMax() - p.feeMin()) / (nf - 1);
            String name = String.format(Locale.ROOT, "F_e = %.2f", fee);
            lines.add(new Charts.Line(name, cs, byFee[j]));
            for (int i = 0; i < nc; i++) curves.row(name, fee, cs[i], byFee[j][i]);
        }
        lines.add(new Charts.Line("IC response", new double[] {follow.compute(), follow.compute()},
                new double[] {uFollow - 1e-9, uFollow}));
        curves.row("IC response", follow.channelFee(), follow.compute(), uFollow);
        String chart = ctx.charts().line("deviations", "Fig. 9(c): MASP utility when deviating from its IC response",
                "compute invested c_bar (TFLOP/s)", "MASP utility U_SP (tokens)", lines);
        ctx.charts().seriesFromKey(chart, curves, "curve");

        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "The exact optimal contract of the reference market (mu_s = %.1f, F_s = %.1f) makes the MASP "
                + "invest c_bar = %.2f TFLOP/s and pay F_e = %.3f for the channel, earning U_SP = %.2f. The MASP then deviates to every "
                + "point of a %d x %d grid of (c_bar, F_e) over its whole action box.", c.bonusRate(), c.fixedFee(), follow.compute(),
                follow.channelFee(), uFollow, nc, nf));
        rep.compare("Every deviation gives the MASP less than following the contract", String.format(Locale.ROOT,
                "%d deviations, best gain %.4f", count, worstGain), "utility falls on deviation", Report.Verdict.of(holds));
        rep.compare("MASP utility when following (U_SP)", uFollow, "-", Report.Verdict.INFO);
        rep.compare("Client utility of the contract (U_C)", opt.principalUtility(), "-", Report.Verdict.INFO);
        rep.image(chart, "Fig. 9(c): U_SP over compute for several channel fees; the IC response is the maximum");
    }
}
