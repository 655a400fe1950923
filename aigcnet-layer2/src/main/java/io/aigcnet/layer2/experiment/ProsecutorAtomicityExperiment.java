package io.aigcnet.layer2.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.sim.ChannelScenario;
import io.aigcnet.layer2.channel.sim.ScenarioConfig;
import io.aigcnet.layer2.channel.sim.ScenarioResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * ProSecutor Fig. 10(b): atomicity and latency of fee-ownership transfers in duplex hash-locked
 * channels when each instruction is delayed with probability p. Every channel life runs the full
 * protocol with Ed25519 signatures on the simulated runtime; a transfer is atomic when the audit of
 * {@link ScenarioResult#atomicity} holds; latency is from the first attempt of a transfer to its
 * completion at the client (rolled-back attempts are retried with a fresh R).
 */
public final class ProsecutorAtomicityExperiment implements Experiment {
    @Override
    public String id() {
        return "prosecutor-atomicity";
    }

    @Override
    public String title() {
        return "Atomic fee-ownership transfer under instruction delays (ProSecutor Fig. 10b)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 10(b), Sec. VII-C3";
    }

    /** Result-key form of a probability: dotted keys nest, so 0.1 is written 0_1. */
    static String key(double p) {
        String s = Double.toString(p);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s).replace('.', '_');
    }

    @Override
    public void run(ExperimentContext ctx) {
        AtomicityConfig cfg = ctx.config(AtomicityConfig.class, ctx.quick() ? AtomicityConfig.quick() : AtomicityConfig.defaults());
        long ms = 1_000_000L;
        long step = Math.round(cfg.stepTimerS() * 1e9);
        ChannelTimers timers = new ChannelTimers(step, step, step, step, step, 20 * step, 120 * step, 2);
        NetworkModel net = new NetworkModel(Math.round(cfg.linkLatencyMs() * ms), Math.round(cfg.jitterMs() * ms), 0, 0, 0, 0, 0);
        UniformRandomProvider seeds = ctx.rng().stream("atomicity-seeds");
        var series = ctx.series("atomicity", "delay_probability", "transfers", "atomic", "atomicity_pct", "latency_mean_s",
                "latency_p50_s", "completed", "rolled_back_attempts", "aborted", "abort_time_mean_s", "latency_all_mean_s");
        List<Double> ps = cfg.delayProbabilities();
        double[] atomicity = new double[ps.size()];
        double[] latency = new double[ps.size()];
        try (Progress progress = ctx.progress("prosecutor-atomicity (channel lives)", (long) ps.size() * cfg.seedsPerPoint())) {
            for (int i = 0; i < ps.size(); i++) {
                double p = ps.get(i);
                ScenarioConfig sc = ScenarioConfig.small().withRounds(cfg.transfersPerSeed(), 100L * cfg.transfersPerSeed())
                        .withTimers(timers, Math.round(cfg.blockIntervalS() * 1e9), true)
                        .withFaults(net, p, Math.round(cfg.delayS() * 1e9), 0, 0);
                long transfers = 0;
                long atomic = 0;
                long rolledBack = 0;
                List<Double> lat = new ArrayList<>();
                List<Double> aborts = new ArrayList<>();
                for (int s = 0; s < cfg.seedsPerPoint(); s++) {
                    ScenarioResult r = ChannelScenario.run(sc, seeds.nextLong());
                    long[] a = r.atomicity(ChannelScenario.ESTABLISH_FEE);
                    transfers += a[0];
                    atomic += a[1];
                    rolledBack += r.clientRounds().stream().filter(o -> !o.completed()).count();
                    r.transferLatencyNanos().values().forEach(v -> lat.add(v / 1e9));
                    r.abortLatencyNanos().values().forEach(v -> aborts.add(v / 1e9));
                    progress.step(1);
                }
                atomicity[i] = transfers == 0 ? 0 : 100.0 * atomic / transfers;
                double[] l = lat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                latency[i] = l.length == 0 ? Double.NaN : Arrays.stream(l).average().orElse(Double.NaN);
                double p50 = l.length == 0 ? Double.NaN : l[l.length / 2];
                ctx.result().put("atomicity_pct." + key(p), round(atomicity[i]));
                ctx.result().put("latency_s." + key(p), round(latency[i]));
                ctx.result().put("latency_p50_s." + key(p), round(p50));
                double abortMean = aborts.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                double allMean = (lat.stream().mapToDouble(Double::doubleValue).sum()
                        + aborts.stream().mapToDouble(Double::doubleValue).sum()) / Math.max(1, lat.size() + aborts.size());
                ctx.result().put("completed_transfers." + key(p), l.length);
                ctx.result().put("aborted_transfers." + key(p), aborts.size());
                ctx.result().put("abort_time_mean_s." + key(p), round(abortMean));
                ctx.result().put("latency_all_mean_s." + key(p), round(allMean));
                series.row(p, transfers, atomic, atomicity[i], latency[i], p50, l.length, rolledBack, aborts.size(), abortMean,
                        allMean);
                ctx.report().compare("p = " + p + ": completed / aborted transfers", l.length + " / " + aborts.size(), "—",
                        Report.Verdict.INFO, "mean latency of completed " + Report.fmt(latency[i]) + " s, of all "
                                + Report.fmt(allMean) + " s, time to abort " + (aborts.isEmpty() ? "—" : Report.fmt(abortMean) + " s"));
            }
        }
        report(ctx, cfg, atomicity, latency);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000.0) / 1000.0 : v;
    }

    private static void report(ExperimentContext ctx, AtomicityConfig cfg, double[] atomicity, double[] latency) {
        List<Double> ps = cfg.delayProbabilities();
        double[] x = ps.stream().mapToDouble(Double::doubleValue).toArray();
        Charts c = ctx.charts();
        String atomChart = c.line("atomicity.png", "Atomicity vs delay probability (Fig. 10b)", "probability of delay (0-1)",
                "atomicity (%)", List.of(new Charts.Line("atomicity (atomicity_pct)", x, atomicity)));
        c.seriesFromColumns(atomChart, ctx.series("atomicity"), "atomicity_pct");
        ctx.report().image(atomChart, "Share of atomic transfers");
        String latChart = c.line("latency.png", "Transfer latency vs delay probability (Fig. 10b)", "probability of delay (0-1)",
                "latency (s)", List.of(new Charts.Line("mean latency (latency_mean_s)", x, latency)));
        c.seriesFromColumns(latChart, ctx.series("atomicity"), "latency_mean_s");
        ctx.report().image(latChart, "Mean latency of completed transfers");
        ctx.report().summary(cfg.seedsPerPoint() + " channel lives of " + cfg.transfersPerSeed() + " transfers per point, Ed25519"
                + " signatures, " + cfg.linkLatencyMs() + " ms one-way links (+" + cfg.jitterMs() + " ms jitter), each instruction"
                + " delayed by " + cfg.delayS() + " s with probability p, " + cfg.stepTimerS() + " s per-instruction timers."
                + " A delay longer than the remaining timer rolls the round back with no intermediate state and the transfer is"
                + " retried with a fresh R, so delays cost latency, never atomicity.");
        boolean all100 = Arrays.stream(atomicity).allMatch(a -> a == 100.0);
        ctx.report().compare("atomicity at every p (%)", Arrays.toString(atomicity), "100", Report.Verdict.of(all100));
        boolean rising = true;
        for (int i = 1; i < latency.length; i++) {
            rising &= latency[i] >= latency[i - 1];
        }
        ctx.report().compare("latency rises with p", rising ? "yes" : "no", "rises", Report.Verdict.of(rising && latency.length > 1
                && latency[latency.length - 1] > latency[0]));
    }
}
