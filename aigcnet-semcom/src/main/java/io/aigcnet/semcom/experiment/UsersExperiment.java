package io.aigcnet.semcom.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.nn.GradTape;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Figs. 15–16(a) of G-SemCom: total utility against the number of users N for ADD (T = 5, 6), PPO and
 * fixed allocation (agents trained per N), and the average utility per user of ADD (T = 5) for
 * N = 1..12 when all users share one MASP capacity and the latency limit is 2 s. The capacity is not
 * given in the paper; allocations above it are scaled down in proportion.
 */
public final class UsersExperiment implements Experiment {

    public record Config(int[] users, int[] quickUsers, long sharedCapacityPx, double constrainedLatencyS, int poolImages,
                         int quickPoolImages, int quickSize, int evalStates, int quickEvalStates, TrainingSettings training,
                         TrainingSettings quickTraining, int workers) implements Validated {
        /** {@code workers} = 0: one worker per available core. */
        public static Config defaults() {
            return new Config(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, new int[] {1, 2}, 250_000, 2.0, 200, 4, 128,
                    100, 8, TrainingSettings.full(), TrainingSettings.quick(), 0);
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
            Checks.range("workers", workers, 0, 256);
        }

        int workerCount() { return workers > 0 ? workers : Runtime.getRuntime().availableProcessors(); }
    }

    /**
     * Fig. 16(b): ADD (T = 5) trained with the paper's weights ω = (1.25, 500, 0.05) and with ω = (1, 200, 0.2),
     * N = 5 users (2 in the quick form); the mean pixels allocated per user on the same evaluation states. The agents
     * were trained beside the N sweep; the evaluation runs here, in order, because both draw from one stream.
     */
    private static void fig16b(ExperimentContext ctx, Config cfg, boolean q, AllocationRig[] rigs, DiffusionAgent[] agents, int n) {
        double[] mean = new double[2];
        for (int k = 0; k < 2; k++) {
            AllocationEnv env = rigs[k].envs(AllocationSettings.of(n)).get();
            var states = AllocationRig.states(env, q ? cfg.quickEvalStates() : cfg.evalStates(), ctx.rng().stream("fig16b-eval"));
            try (BandwidthAllocator a = BandwidthAllocator.of(agents[k], "ADD (T = 5)", agents[k])) {
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

    /** Runs the tasks on {@code workers} threads; results in task order. A failure (the first in task order) stops the rest and is rethrown. */
    private static List<Object> runAll(ExperimentContext ctx, List<Callable<Object>> tasks, int workers) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, tasks.size())), r -> {
            Thread th = new Thread(() -> {
                GradTape.gradOffOnThisThread(); // libtorch starts new threads with grad mode on
                r.run();
            }, "gsemcom-users-worker");
            th.setDaemon(true);
            return th;
        });
        try (var progress = ctx.progress("gsemcom-users trainings", tasks.size())) {
            List<Future<Object>> fs = new ArrayList<>();
            for (Callable<Object> c : tasks) fs.add(pool.submit(c));
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : fs) {
                out.add(f.get());
                progress.step();
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("gsemcom-users interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one N contributes: the four allocators' total utility, the exact optimum and ADD's constrained average. */
    private record PerUsers(Map<String, Double> total, double optimum, double constrained) {}

    /**
     * One N of Figs. 15–16(a). Runs on a worker thread: every random stream it reads is named for this N and
     * handed in, so the result does not depend on which N runs first or beside which (the worker count
     * changes the wall time only; {@code UsersWorkersTest}).
     */
    private static PerUsers measure(int n, Config cfg, boolean q, TrainingSettings t, AllocationRig rig, AllocationRig tight,
                                    UniformRandomProvider training, UniformRandomProvider eval,
                                    UniformRandomProvider constrainedTraining, UniformRandomProvider constrainedEval) {
        AllocationSettings s = AllocationSettings.of(n);
        Map<String, BandwidthAllocator> alloc = rig.train(s, t, training, new LinkedHashMap<>());
        AllocationEnv env = rig.envs(s).get();
        var states = AllocationRig.states(env, q ? cfg.quickEvalStates() : cfg.evalStates(), eval);
        Map<String, Double> total = new LinkedHashMap<>();
        for (String k : NAMES) total.put(k, AllocationRig.meanReward(env, states, alloc.get(k)));
        for (BandwidthAllocator a : alloc.values()) a.close();
        // the exact per-user optimum with the image traits known: an upper bound on every allocator (OptimalAllocation)
        double optimum = new OptimalAllocation(rig.weights, rig.oracle).evaluate(env, states).meanReward();
        AllocationSettings sc = s.withCapacity(cfg.sharedCapacityPx());
        var add = Trainers.add(tight.envs(sc), 5, t, constrainedTraining, new MemoryTrainLog());
        AllocationEnv cenv = tight.envs(sc).get();
        var cstates = AllocationRig.states(cenv, q ? cfg.quickEvalStates() : cfg.evalStates(), constrainedEval);
        double constrained;
        try (BandwidthAllocator a = BandwidthAllocator.of(add, "ADD (T = 5)", add)) {
            constrained = AllocationRig.meanReward(cenv, cstates, a) / n;
        }
        return new PerUsers(total, optimum, constrained);
    }

    private static final String[] NAMES = {"add_t5", "add_t6", "ppo", "fixed"};

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
        // Fig. 16(b)'s two pools are encoded here, in this order, because they continue the caption and scene streams
        JpsqParams[] fig16bWeights = {JpsqParams.paper(), JpsqParams.paper().withOmegas(1, 200, 0.2)};
        AllocationRig[] fig16bRigs = new AllocationRig[2];
        for (int k = 0; k < 2; k++)
            fig16bRigs[k] = new AllocationRig(ctx, q ? cfg.quickPoolImages() : cfg.poolImages(), size, fig16bWeights[k], ChannelConfig.defaults());
        int fig16bUsers = q ? 2 : 5;
        // every training is independent: N values and Fig. 16(b)'s two agents run side by side, largest first
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int kk = k;
            UniformRandomProvider rng = ctx.rng().stream("fig16b-" + k);
            tasks.add(() -> Trainers.add(fig16bRigs[kk].envs(AllocationSettings.of(fig16bUsers)), 5, t, rng, new MemoryTrainLog()));
        }
        for (int j = ns.length - 1; j >= 0; j--) {
            int n = ns[j];
            UniformRandomProvider tr = ctx.rng().stream("training-" + n), ev = ctx.rng().stream("eval-" + n),
                    ct = ctx.rng().stream("constrained-" + n), ce = ctx.rng().stream("eval-c-" + n);
            tasks.add(() -> measure(n, cfg, q, t, rig, tight, tr, ev, ct, ce));
        }
        List<Object> done = runAll(ctx, tasks, cfg.workerCount());
        DiffusionAgent[] fig16bAgents = {(DiffusionAgent) done.get(0), (DiffusionAgent) done.get(1)};
        Map<String, double[]> total = new LinkedHashMap<>();
        for (String k : NAMES) total.put(k, new double[ns.length]);
        double[] constrained = new double[ns.length];
        double[] optimum = new double[ns.length];
        var rows = ctx.series("fig15_16", "users", "allocator", "total_utility", "avg_utility_constrained");
        for (int j = 0; j < ns.length; j++) {
            int n = ns[j];
            PerUsers m = (PerUsers) done.get(2 + (ns.length - 1 - j));
            for (String k : NAMES) {
                double r = m.total().get(k);
                total.get(k)[j] = r;
                ctx.result().put("total_utility." + k + "." + n, r);
                rows.row(n, k, r, "");
            }
            optimum[j] = m.optimum();
            ctx.result().put("total_utility.optimum." + n, optimum[j]);
            constrained[j] = m.constrained();
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
        for (String k : NAMES) lines.add(new Charts.Line(k, x, total.get(k)));
        String c15 = ctx.charts().line("fig15_total_utility", "Fig. 15: total utility vs users", "number of users N (count)",
                "total utility, eq. (19) (utility units)", lines);
        ctx.charts().seriesFromColumns(c15, fig15, NAMES);
        rep.image(c15, "Fig. 15");
        String c16 = ctx.charts().line("fig16a_avg_utility", "Fig. 16(a): average utility, shared capacity, L = 2 s",
                "number of users N (count)", "average utility per user, eq. (19) (utility units)",
                List.of(new Charts.Line("ADD, T = 5, shared capacity (add_t5_constrained)", x, constrained)));
        ctx.charts().seriesFromColumns(c16, fig16a, "add_t5_constrained");
        rep.image(c16, "Fig. 16(a)");
        StringBuilder tab = new StringBuilder("| N | ADD T = 5 | ADD T = 6 | PPO | fixed | optimum (traits known) | ADD T = 5, shared "
                + "capacity, per user |\n|---|---|---|---|---|---|---|\n");
        for (int j = 0; j < ns.length; j++)
            tab.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", ns[j], total.get("add_t5")[j],
                    total.get("add_t6")[j], total.get("ppo")[j], total.get("fixed")[j], optimum[j], constrained[j]));
        rep.section("Total utility by N (mean over the evaluation states, eq. (19))", tab.toString());
        fig16b(ctx, cfg, q, fig16bRigs, fig16bAgents, fig16bUsers);
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
