package io.aigcnet.semcom.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.semcom.alloc.AllocationEnv;
import io.aigcnet.semcom.alloc.AllocationSettings;
import io.aigcnet.semcom.alloc.BandwidthAllocator;
import io.aigcnet.semcom.alloc.OptimalAllocation;
import io.aigcnet.semcom.alloc.Trainers;
import io.aigcnet.semcom.alloc.TrainingSettings;
import io.aigcnet.semcom.channel.ChannelConfig;
import io.aigcnet.semcom.quality.JpsqParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figs. 15–16(a) of G-SemCom: total utility against the number of users N for ADD (T = 5, 6), PPO and
 * fixed allocation (agents trained per N), and the average utility per user of ADD (T = 5) for
 * N = 1..12 when all users share one MASP capacity and the latency limit is 2 s. The capacity is not
 * given in the paper; allocations above it are scaled down in proportion.
 */
public final class UsersExperiment implements Experiment {

    public record Config(int[] users, int[] quickUsers, long sharedCapacityPx, double constrainedLatencyS, int poolImages,
                         int quickPoolImages, int quickSize, int evalStates, int quickEvalStates, TrainingSettings training,
                         TrainingSettings quickTraining) implements Validated {
        public static Config defaults() {
            return new Config(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, new int[] {1, 2}, 250_000, 2.0, 200, 4, 128,
                    100, 8, TrainingSettings.full(), TrainingSettings.quick());
        }

        @Override public void validate() {
            if (users == null || users.length == 0) throw io.aigcnet.core.config.ConfigException.field("users", "must list at least one N");
            for (int n : users) Checks.range("users", n, 1, 64);
            for (int n : quickUsers) Checks.range("quick_users", n, 1, 64);
            Checks.range("shared_capacity_px", sharedCapacityPx, 1, Long.MAX_VALUE);
            Checks.positive("constrained_latency_s", constrainedLatencyS);
            Checks.range("pool_images", poolImages, 1, 100_000);
            Checks.range("quick_pool_images", quickPoolImages, 1, 100_000);
            Checks.range("quick_size", quickSize, 64, 2048);
            Checks.range("eval_states", evalStates, 1, 1_000_000);
            Checks.range("quick_eval_states", quickEvalStates, 1, 1_000_000);
            training.validate();
            quickTraining.validate();
        }
    }

    /**
     * Fig. 16(b): ADD (T = 5) trained with the paper's weights ω = (1.25, 500, 0.05) and with ω = (1, 200, 0.2),
     * N = 5 users (2 in the quick form); the mean pixels allocated per user on the same evaluation states.
     */
    private static void fig16b(ExperimentContext ctx, Config cfg, TrainingSettings t, boolean q, int size) {
        int n = q ? 2 : 5;
        double[] mean = new double[2];
        JpsqParams[] ws = {JpsqParams.paper(), JpsqParams.paper().withOmegas(1, 200, 0.2)};
        for (int k = 0; k < 2; k++) {
            AllocationRig r = new AllocationRig(ctx, q ? cfg.quickPoolImages() : cfg.poolImages(), size, ws[k], ChannelConfig.defaults());
            AllocationSettings s = AllocationSettings.of(n);
            var add = Trainers.add(r.envs(s), 5, t, ctx.rng().stream("fig16b-" + k), new MemoryTrainLog());
            AllocationEnv env = r.envs(s).get();
            var states = AllocationRig.states(env, q ? cfg.quickEvalStates() : cfg.evalStates(), ctx.rng().stream("fig16b-eval"));
            try (BandwidthAllocator a = BandwidthAllocator.of(add, "ADD (T = 5)", add)) {
                for (var st : states) {
                    double[] px = env.evaluate(st, a.allocate(st.observation())).pixels();
                    for (double v : px) mean[k] += v / (n * states.size());
                }
            }
        }
        ctx.result().put("weights.mean_allocation_px.default", mean[0]);
        ctx.result().put("weights.mean_allocation_px.omega_1_200_0_2", mean[1]);
        ctx.report().compare("Fig. 16(b): ADD's mean allocation with ω = (1, 200, 0.2) below the default weights",
                String.format(Locale.ROOT, "%.0f vs %.0f px", mean[1], mean[0]), "a small bandwidth per user",
                Report.Verdict.of(mean[1] < mean[0]), "surrogate utility");
    }

    @Override public String id() { return "gsemcom-users"; }

    @Override public String title() { return "G-SemCom: total utility vs users, the shared-capacity case and the weights (Figs. 15-16)"; }

    @Override public String paperRef() { return "G-SemCom Figs. 15 and 16, Sec. VI-E"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        boolean q = ctx.quick();
        TrainingSettings t = q ? cfg.quickTraining() : cfg.training();
        int[] ns = q ? cfg.quickUsers() : cfg.users();
        int size = q ? cfg.quickSize() : 512;
        AllocationRig rig = new AllocationRig(ctx, q ? cfg.quickPoolImages() : cfg.poolImages(), size, JpsqParams.paper(), ChannelConfig.defaults());
        AllocationRig tight = new AllocationRig(ctx, q ? cfg.quickPoolImages() : cfg.poolImages(), size, JpsqParams.paper(),
                ChannelConfig.defaults().withLatency(cfg.constrainedLatencyS()));
        String[] names = {"add_t5", "add_t6", "ppo", "fixed"};
        Map<String, double[]> total = new LinkedHashMap<>();
        for (String k : names) total.put(k, new double[ns.length]);
        double[] constrained = new double[ns.length];
        double[] optimum = new double[ns.length];
        var rows = ctx.series("fig15_16", "users", "allocator", "total_utility", "avg_utility_constrained");
        for (int j = 0; j < ns.length; j++) {
            int n = ns[j];
            AllocationSettings s = AllocationSettings.of(n);
            Map<String, BandwidthAllocator> alloc = rig.train(s, t, ctx.rng().stream("training-" + n), new LinkedHashMap<>());
            AllocationEnv env = rig.envs(s).get();
            var states = AllocationRig.states(env, q ? cfg.quickEvalStates() : cfg.evalStates(), ctx.rng().stream("eval-" + n));
            for (String k : names) {
                double r = AllocationRig.meanReward(env, states, alloc.get(k));
                total.get(k)[j] = r;
                ctx.result().put("total_utility." + k + "." + n, r);
                rows.row(n, k, r, "");
            }
            for (BandwidthAllocator a : alloc.values()) a.close();
            // the exact per-user optimum with the image traits known: an upper bound on every allocator (OptimalAllocation)
            optimum[j] = new OptimalAllocation(rig.weights, rig.oracle).evaluate(env, states).meanReward();
            ctx.result().put("total_utility.optimum." + n, optimum[j]);
            AllocationSettings sc = s.withCapacity(cfg.sharedCapacityPx());
            var add = Trainers.add(tight.envs(sc), 5, t, ctx.rng().stream("constrained-" + n), new MemoryTrainLog());
            AllocationEnv cenv = tight.envs(sc).get();
            var cstates = AllocationRig.states(cenv, q ? cfg.quickEvalStates() : cfg.evalStates(), ctx.rng().stream("eval-c-" + n));
            try (BandwidthAllocator a = BandwidthAllocator.of(add, "ADD (T = 5)", add)) {
                constrained[j] = AllocationRig.meanReward(cenv, cstates, a) / n;
            }
            ctx.result().put("avg_utility_constrained." + n, constrained[j]);
            rows.row(n, "add_t5_constrained", "", constrained[j]);
        }
        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "N in %s; agents trained for %d steps per N on %d encoded images; utility eq. (19) with "
                + "the %s. Shared capacity %d px (not given in the paper), latency limit %.0f s in the constrained case.",
                java.util.Arrays.toString(ns), t.steps(), rig.pool.size(), rig.oracle.name(), cfg.sharedCapacityPx(), cfg.constrainedLatencyS()));
        double[] x = java.util.Arrays.stream(ns).asDoubleStream().toArray();
        // wide copies of the two curves (one column per allocator) for the Fig. 15 and Fig. 16(a) charts
        var fig15 = ctx.series("fig15_total_utility", "users", "add_t5", "add_t6", "ppo", "fixed");
        var fig16a = ctx.series("fig16a_avg_utility", "users", "add_t5_constrained");
        for (int j = 0; j < ns.length; j++) {
            fig15.row(ns[j], total.get("add_t5")[j], total.get("add_t6")[j], total.get("ppo")[j], total.get("fixed")[j]);
            fig16a.row(ns[j], constrained[j]);
        }
        List<Charts.Line> lines = new ArrayList<>();
        for (String k : names) lines.add(new Charts.Line(k, x, total.get(k)));
        String c15 = ctx.charts().line("fig15_total_utility", "Fig. 15: total utility vs users", "number of users N (count)",
                "total utility, eq. (19) (utility units)", lines);
        ctx.charts().seriesFromColumns(c15, fig15, names);
        rep.image(c15, "Fig. 15");
        String c16 = ctx.charts().line("fig16a_avg_utility", "Fig. 16(a): average utility, shared capacity, L = 2 s",
                "number of users N (count)", "average utility per user, eq. (19) (utility units)",
                List.of(new Charts.Line("ADD, T = 5, shared capacity (add_t5_constrained)", x, constrained)));
        ctx.charts().seriesFromColumns(c16, fig16a, "add_t5_constrained");
        rep.image(c16, "Fig. 16(a)");
        fig16b(ctx, cfg, t, q, size);
        int last = ns.length - 1;
        for (String add : new String[] {"add_t5", "add_t6"}) {
            boolean all = true;
            for (int j = 0; j < ns.length; j++) all &= total.get(add)[j] > total.get("ppo")[j] && total.get(add)[j] > total.get("fixed")[j];
            rep.compare(add + " total utility above PPO and fixed at every N", String.valueOf(all), "ADD significantly outperforms",
                    Report.Verdict.of(all), "surrogate utility");
        }
        double worstGap = 0;
        for (int j = 0; j < ns.length; j++) worstGap = Math.max(worstGap, optimum[j] - total.get("fixed")[j]);
        rep.compare("largest gap of fixed allocation to the exact optimum (traits known) over N", String.format(Locale.ROOT,
                "%.3f", worstGap), "", Report.Verdict.INFO, "no allocator can beat fixed by more; see gsemcom-training's report");
        if (ns.length > 1) rep.compare("average utility under the shared capacity falls from the smallest to the largest N",
                String.format(Locale.ROOT, "%.2f → %.2f", constrained[0], constrained[last]), "stable, then drops",
                Report.Verdict.of(constrained[last] < constrained[0]), "capacity and latency as configured");
    }
}
