package io.aigcnet.edge.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.core.result.SeriesWriter;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.edge.city.CityMetrics;
import io.aigcnet.edge.city.CitySimulation;
import io.aigcnet.edge.mobility.MobilityModel;
import io.aigcnet.edge.mobility.RandomWaypoint;
import io.aigcnet.edge.mobility.StaticMobility;
import io.aigcnet.edge.scenario.Scenario;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.DirectDelivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Offloading under mobility (the survey §VI-B and §VI-D): task completion ratio (on time, not lost at
 * handover or in a crash) and mean latency of local, edge, cloud and adaptive offloading against the
 * users' speed and the request load, in a small city whose edges are busy enough to queue. Speed v means
 * random waypoint with speeds in [0.8 v, 1.2 v] and no pause; v = 0 is static users. Every run of one
 * (speed, load) uses the same seed, so the policies see the same users and requests.
 */
public final class OffloadingMobilityExperiment implements Experiment {
    static final List<String> POLICIES = List.of("local", "edge", "cloud", "adaptive");

    /**
     * @param city            the base scenario (its mobility, workload rate and offloading policy are replaced)
     * @param speedsMps       user speeds (full run)
     * @param quickSpeedsMps  user speeds with --quick
     * @param loads           requests per user per day (full run)
     * @param quickLoads      loads with --quick
     * @param quickDevices    phones with --quick
     */
    public record Config(Scenario city, double[] speedsMps, double[] quickSpeedsMps, double[] loads, double[] quickLoads, int quickDevices)
            implements Validated {
        public static Config defaults() {
            Scenario d = Scenario.defaults();
            Scenario city = new Scenario("offloading-mobility", 7200, 4000, 4000, d.cloud(),
                    new Scenario.Edges(4, 4, 100, 3000, 48, 1000, 200, 750, 1), List.of(), new Scenario.Devices(4000, 4, 6, 20, 100, 5, 0.5, 0.2),
                    d.mobility(), d.workload(), d.catalogue(),
                    new Scenario.Policies("crash_avoid", "adaptive", "penalty_aware", "fail", 0.05, 0.5, 0.1, "direct", "accounting"));
            return new Config(city, new double[]{0, 1.5, 5, 15, 30}, new double[]{0, 15}, new double[]{50, 150, 300}, new double[]{50, 300},
                    1000);
        }

        @Override public void validate() {
            try {
                city.validate();
            } catch (ConfigException e) {
                throw ConfigException.field("city." + e.fieldName(), e.reason());
            }
            for (double[] v : new double[][]{speedsMps, quickSpeedsMps, loads, quickLoads})
                if (v == null || v.length == 0) throw ConfigException.field("speeds_mps", "speed and load lists must be non-empty");
            for (double v : speedsMps) Checks.range("speeds_mps", v, 0, 1000);
            for (double v : quickSpeedsMps) Checks.range("quick_speeds_mps", v, 0, 1000);
            for (double v : loads) Checks.range("loads", v, 0, 1e6);
            for (double v : quickLoads) Checks.range("quick_loads", v, 0, 1e6);
            Checks.range("quick_devices", quickDevices, 1, 10_000_000);
        }
    }

    @Override public String id() { return "edge-offloading-mobility"; }

    @Override public String title() { return "Offloading under mobility: local, edge, cloud and adaptive vs speed and load"; }

    @Override public String paperRef() { return "the survey, §VI-B and §VI-D (task completion ratio and latency; no figure)"; }

    @Override public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        boolean quick = ctx.quick();
        double[] speeds = quick ? cfg.quickSpeedsMps() : cfg.speedsMps();
        double[] loads = quick ? cfg.quickLoads() : cfg.loads();
        Scenario base = cfg.city();
        int devices = quick ? Math.min(cfg.quickDevices(), base.devices().count()) : base.devices().count();
        SeriesWriter table = ctx.series("offloading_mobility", "policy", "speed_mps", "load_per_user_day", "requests", "completion_ratio",
                "latency_mean_s", "device_energy_mean_j", "failed_at_handover", "lost_to_crash", "infeasible");
        Map<String, double[][]> ratio = new LinkedHashMap<>(), latency = new LinkedHashMap<>();
        for (String p : POLICIES) {
            ratio.put(p, new double[speeds.length][loads.length]);
            latency.put(p, new double[speeds.length][loads.length]);
        }
        try (Progress progress = ctx.progress("offloading x mobility", (long) POLICIES.size() * speeds.length * loads.length)) {
            for (int si = 0; si < speeds.length; si++) {
                for (int li = 0; li < loads.length; li++) {
                    RngStreams runRng = ctx.rng().child("speed-" + si + "-load-" + li);
                    for (String p : POLICIES) {
                        Scenario sc = variant(base, devices, loads[li], p);
                        CityMetrics m = simulate(sc, speeds[si], runRng);
                        String key = p + ".speed_" + ModelCachingExperiment.key(speeds[si]) + ".load_" + ModelCachingExperiment.key(loads[li]);
                        ctx.result().put("completion_ratio." + key, m.completionRatio());
                        ctx.result().put("latency_mean_s." + key, m.meanLatencyS());
                        ratio.get(p)[si][li] = m.completionRatio();
                        latency.get(p)[si][li] = m.meanLatencyS();
                        table.row(p, speeds[si], loads[li], m.requests(), m.completionRatio(), m.meanLatencyS(), m.meanEnergyJ(),
                                m.failedAtHandover(), m.lostToCrash(), m.infeasible());
                        progress.step();
                    }
                }
            }
        }
        ctx.result().put("devices", devices);
        report(ctx, base, devices, speeds, loads, ratio, latency, table);
    }

    static Scenario variant(Scenario s, int devices, double load, String offloading) {
        Scenario.Devices d = s.devices();
        Scenario.Workload w = s.workload();
        Scenario.Policies p = s.policies();
        return s.with(s.durationS(),
                new Scenario.Devices(devices, d.stepsPerS(), d.gpuMemoryGb(), d.uplinkMbps(), d.downlinkMbps(), d.computePowerW(),
                        d.txPowerW(), d.rxPowerW()),
                new Scenario.Workload(load, w.zipfS(), w.maxLatencyS(), w.budget()),
                new Scenario.Policies(p.selection(), offloading, p.caching(), p.handover(), p.energyWeightSecondsPerJoule(), p.migrationS(),
                        p.reputationTemperature(), p.delivery(), "accounting"));
    }

    static CityMetrics simulate(Scenario sc, double speed, RngStreams rng) {
        int n = sc.devices().count();
        long seed = rng.fresh("mobility").nextLong();
        MobilityModel mob = speed == 0 ? new StaticMobility(n, sc.widthM(), sc.heightM(), seed)
                : new RandomWaypoint(n, sc.widthM(), sc.heightM(), 0.8 * speed, 1.2 * speed, 0, seed);
        CitySimulation sim = new CitySimulation(sc, mob, CitySimulation.selection(sc, rng.fresh("selection")), CitySimulation.offloading(sc),
                new AccountingSettlement(), new DirectDelivery(), rng.fresh("workload"));
        return sim.run(Progress.NONE);
    }

    private static void report(ExperimentContext ctx, Scenario base, int devices, double[] speeds, double[] loads,
                               Map<String, double[][]> ratio, Map<String, double[][]> latency, SeriesWriter table) {
        Charts charts = ctx.charts();
        int hi = loads.length - 1, mid = speeds.length / 2;
        List<Charts.Line> rs = new ArrayList<>(), ll = new ArrayList<>();
        for (String p : POLICIES) {
            double[] r = new double[speeds.length], l = new double[loads.length];
            for (int s = 0; s < speeds.length; s++) r[s] = ratio.get(p)[s][hi];
            for (int k = 0; k < loads.length; k++) l[k] = latency.get(p)[mid][k];
            rs.add(new Charts.Line(p, speeds, r));
            ll.add(new Charts.Line(p, loads, l));
        }
        String rChart = charts.line("completion_vs_speed", String.format(Locale.ROOT, "Task completion ratio (load %s requests/user/day)",
                ModelCachingExperiment.key(loads[hi])), "user speed (m/s)", "completed on time / requests", rs);
        String lChart = charts.line("latency_vs_load", String.format(Locale.ROOT, "Mean latency (speed %s m/s)",
                ModelCachingExperiment.key(speeds[mid])), "load (requests per user per day)", "mean latency (s)", ll);
        // both are slices of offloading_mobility.csv (one row per policy, speed and load)
        charts.seriesFromKey(rChart, table, "policy");
        charts.seriesFromKey(lChart, table, "policy");
        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "%,d phones in a %.0f × %.0f m city with %d × %d edges (coverage %.0f m, %.0f steps/s each), "
                        + "%.1f h per run, handover policy %s. A request completes when it is delivered within %.0f s and is not lost at a "
                        + "handover or in a crash; local runs need a model that fits on the phone. The survey names these metrics but gives no "
                        + "numbers, so every row is informational.",
                devices, base.widthM(), base.heightM(), base.edges().rows(), base.edges().cols(), base.edges().coverageM(),
                base.edges().stepsPerS(), base.durationS() / 3600, base.policies().handover(), base.workload().maxLatencyS()));
        for (String p : POLICIES)
            for (int s = 0; s < speeds.length; s++)
                rep.compare(String.format(Locale.ROOT, "%s, %s m/s, load %s: completion / latency", p, ModelCachingExperiment.key(speeds[s]),
                                ModelCachingExperiment.key(loads[hi])),
                        String.format(Locale.ROOT, "%.3f / %.2f s", ratio.get(p)[s][hi], latency.get(p)[s][hi]), "no number in the survey",
                        Report.Verdict.INFO);
        rep.image(rChart, "Completion ratio against user speed at the highest load");
        rep.image(lChart, "Mean latency against load at the middle speed");
    }
}
