package io.aigcnet.edge.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.edge.city.CityMetrics;
import io.aigcnet.edge.city.CitySimulation;
import io.aigcnet.edge.city.EdgeServer;
import io.aigcnet.edge.offload.Placement;
import io.aigcnet.edge.scenario.Scenario;
import io.aigcnet.edge.scenario.ScenarioMobility;
import io.aigcnet.edge.city.EdgeSelection;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.Settlement;
import io.aigcnet.edge.stack.Layer2Settlement;
import io.aigcnet.edge.service.DirectDelivery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A day of a city from a scenario file (the config): phones move and request services, edges cache
 * models and run requests, the cloud takes the rest; settlement by accounts or through ProSecutor's layer 2
 * ({@code policies.settlement: layer2}), delivery direct or with G-SemCom.
 * --quick runs 2,000 phones for 3 hours. The report has no paper value to meet: every row is INFO.
 */
public final class CityRunExperiment implements Experiment {
    private final Path baseDir;

    /** @param baseDir folder that relative paths in the scenario (a mobility trace) resolve against; null = working directory */
    public CityRunExperiment(Path baseDir) { this.baseDir = baseDir; }

    public CityRunExperiment() { this(null); }

    @Override public String id() { return "edge-city"; }

    @Override public String title() { return "A day of a city: the cloud-edge-mobile AIGC network"; }

    @Override public String paperRef() { return "the survey, §III-C and §VI (its mobile AIGC network, Figs. 1 and 6)"; }

    @Override public void run(ExperimentContext ctx) {
        Scenario full = ctx.config(Scenario.class, Scenario.defaults());
        Scenario sc = ctx.quick() ? quick(full) : full;
        Layer2Settlement layer2 = sc.policies().settlement().equals("layer2") ? layer2(sc, ctx.rng().fresh("settlement").nextLong()) : null;
        AccountingSettlement accounts = layer2 != null ? layer2.accounts() : new AccountingSettlement();
        Settlement settlement = layer2 != null ? layer2 : accounts;
        io.aigcnet.edge.service.Delivery delivery = delivery(sc, ctx);
        EdgeSelection selection = layer2 != null
                ? CitySimulation.selection(sc, ctx.rng().stream("selection"), e -> layer2.reputation(e.spec().id()))
                : CitySimulation.selection(sc, ctx.rng().stream("selection"));
        CitySimulation sim = new CitySimulation(sc, ScenarioMobility.of(sc, baseDir, ctx.rng().fresh("mobility").nextLong()),
                selection, CitySimulation.offloading(sc), settlement, delivery, ctx.rng().stream("workload"));
        long t0 = System.nanoTime();
        CityMetrics m;
        try (Progress p = ctx.progress("city " + sc.name(), Math.max(1, Math.round(sc.expectedRequests())))) {
            m = sim.run(p);
        }
        double wallS = (System.nanoTime() - t0) / 1e9;
        record(ctx, sc, m, accounts, sim, wallS);
        ctx.result().put("settlement.mode", sc.policies().settlement());
        if (layer2 != null) layer2Report(ctx, sc, layer2);
        ctx.result().put("delivery.mode", sc.policies().delivery());
        if (delivery instanceof io.aigcnet.edge.stack.SemanticDelivery sd) {
            ctx.result().put("delivery.images", sd.imagesSent());
            ctx.result().put("delivery.image_bandwidth_saving_pct", 100 * sd.imageBandwidthSaving());
            ctx.report().compare("image bits saved by G-SemCom delivery (synthetic attention maps)",
                    String.format(java.util.Locale.ROOT, "%.1f %% over %d images", 100 * sd.imageBandwidthSaving(), sd.imagesSent()),
                    "49.4 % (G-SemCom, its prompts)", io.aigcnet.core.report.Report.Verdict.INFO);
        }
    }

    /** ProSecutor's layer 2 for every phone and provider of the scenario, with the default layer-2 parameters. */
    public static Layer2Settlement layer2(Scenario sc, long seed) {
        return new Layer2Settlement(sc.devices().count(), CitySimulation.providerIds(sc), sc.workload().budget(), sc.workload().maxLatencyS(),
                Layer2Settlement.Config.defaults(), seed);
    }

    private static void layer2Report(ExperimentContext ctx, Scenario sc, Layer2Settlement l2) {
        Layer2Settlement.Summary s = l2.summary();
        l2.resultKeys().forEach((k, v) -> ctx.result().put(k, v));
        var rep = ctx.series("provider_reputation", "provider", "reputation");
        s.reputation().forEach(rep::row);
        if (sc.policies().selection().equals("reputation")) ctx.result().put("settlement.reputation_fed_to_selection", true);
        List<String> ids = new ArrayList<>(s.reputation().keySet());
        double[] vals = s.reputation().values().stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("reputation (RCO tree leaf)", vals);
        String chart = ctx.charts().bars("provider_reputation", "Providers' reputation from the rolled-up opinions", "provider",
                "reputation (0..1)", ids, bars);
        ctx.charts().seriesFromColumns(chart, rep, "reputation");
        Report r = ctx.report();
        r.compare("paid over channels (settled on the anchor chain) = accounting total", s.paidTotal() + " = " + s.accountingTotal(),
                "equal", s.paidTotal() == s.accountingTotal() ? Report.Verdict.PASS : Report.Verdict.FAIL);
        r.compare("layer 2: channels opened / settled, double-signed transfers", s.channelsOpened() + " / " + s.channelsSettled() + ", "
                + s.transfersSigned(), "—", Report.Verdict.INFO);
        r.compare("layer 2: storage-chain objects (bytes stored, replicas included)", s.storageObjects() + " (" + s.storageBytes() + " B)", "—",
                Report.Verdict.INFO);
        r.compare("layer 2: opinions rolled up / submitted, roll-ups finalised", s.opinionsRolledUp() + " / " + s.opinionsSubmitted() + ", "
                + s.rollupsFinalised(), "—", Report.Verdict.INFO);
        r.compare("layer 2: payment latency from delivery to the double-signed state, p50 / p95",
                Report.fmt(s.transferP50S()) + " s / " + Report.fmt(s.transferP95S()) + " s", "—", Report.Verdict.INFO);
        r.compare("layer 2: opinion to finalised roll-up, p50", Report.fmt(s.opinionFinalityP50S()) + " s", "—", Report.Verdict.INFO);
        r.image(chart, "Providers' reputation in the RCOs' Reputation Tree after the run");
    }

    /** Direct delivery, or G-SemCom's semantic delivery of images (aigcnet-semcom, synthetic attention maps). */
    static io.aigcnet.edge.service.Delivery delivery(Scenario sc, ExperimentContext ctx) {
        return sc.policies().delivery().equals("gsemcom")
                ? io.aigcnet.edge.stack.SemanticDelivery.paper(ctx.rng().fresh("attention-maps").nextLong()) : new DirectDelivery();
    }

    static Scenario quick(Scenario s) {
        Scenario.Devices d = s.devices();
        return s.with(Math.min(s.durationS(), 3 * 3600.0), new Scenario.Devices(Math.min(d.count(), 2000), d.stepsPerS(), d.gpuMemoryGb(),
                d.uplinkMbps(), d.downlinkMbps(), d.computePowerW(), d.txPowerW(), d.rxPowerW()), s.workload(), s.policies());
    }

    static Map<String, Object> summary(CityMetrics m, AccountingSettlement settlement) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("requests", m.requests());
        r.put("completed", m.completed());
        r.put("completion_ratio", m.completionRatio());
        r.put("late", m.late());
        r.put("infeasible", m.infeasible());
        r.put("crash_events", m.crashEvents());
        r.put("refused_by_crash", m.refusedByCrash());
        r.put("lost_to_crash", m.lostToCrash());
        r.put("handovers", m.handovers());
        r.put("migrated", m.migrated());
        r.put("failed_at_handover", m.failedAtHandover());
        r.put("placed.local", m.placed(Placement.LOCAL.ordinal()));
        r.put("placed.edge", m.placed(Placement.EDGE.ordinal()));
        r.put("placed.cloud", m.placed(Placement.CLOUD.ordinal()));
        r.put("latency_mean_s", m.meanLatencyS());
        r.put("latency_p50_s", m.latencyQuantileS(0.5));
        r.put("latency_p95_s", m.latencyQuantileS(0.95));
        r.put("device_energy_mean_j", m.meanEnergyJ());
        r.put("quality_mean", m.meanQuality());
        r.put("cache.hit_rate", m.cacheHitRate());
        r.put("cache.model_load_delay_mean_s", m.meanLoadDelayS());
        r.put("cache.backhaul_gb", m.backhaulGb());
        r.put("settlement.receipts", settlement.receipts());
        r.put("settlement.revenue_total", settlement.total());
        return r;
    }

    private static void record(ExperimentContext ctx, Scenario sc, CityMetrics m, AccountingSettlement settlement, CitySimulation sim,
                               double wallS) {
        Map<String, Object> s = summary(m, settlement);
        s.forEach((k, v) -> ctx.result().put(k, v));
        ctx.result().put("devices", sc.devices().count());
        ctx.result().put("edges", sim.edges().size());
        ctx.result().put("simulated_s", sc.durationS());
        ctx.result().put("wall_s", wallS);

        var hourly = ctx.series("hourly", "hour", "requests", "completed", "crash_events", "latency_mean_s");
        long[] req = m.hourRequests(), done = m.hourCompleted(), crashes = m.hourCrashes();
        double[] lat = m.hourMeanLatencyS();
        double[] hours = new double[req.length], reqD = new double[req.length], doneD = new double[req.length];
        for (int h = 0; h < req.length; h++) {
            hourly.row(h, req[h], done[h], crashes[h], lat[h]);
            hours[h] = h;
            reqD[h] = req[h];
            doneD[h] = done[h];
        }
        var perEdge = ctx.series("edges", "edge", "served", "failed", "crashes", "reputation", "cache_hit_rate", "models_loaded");
        for (EdgeServer e : sim.edges())
            perEdge.row(e.spec().id(), e.served(), e.failed(), e.crashes(), e.reputation(), e.cache().hitRate(), e.cache().loadedIds().size());
        var revenue = ctx.series("revenue", "provider", "revenue");
        settlement.revenue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> revenue.row(en.getKey(), en.getValue()));

        Charts charts = ctx.charts();
        String load = charts.line("hourly_requests", "Requests and completions per hour", "hour of the simulated day (h)", "requests per hour",
                List.of(new Charts.Line("requests", hours, reqD), new Charts.Line("completed", hours, doneD)));
        String latency = charts.line("hourly_latency", "Mean service latency per hour", "hour of the simulated day (h)", "latency (s)",
                List.of(new Charts.Line("mean latency (latency_mean_s)", hours, lat)));
        charts.seriesFromColumns(load, hourly, "requests", "completed");
        charts.seriesFromColumns(latency, hourly, "latency_mean_s");
        List<String> where = List.of("local", "edge", "cloud", "no option");
        double[] placedN = {m.placed(Placement.LOCAL.ordinal()), m.placed(Placement.EDGE.ordinal()), m.placed(Placement.CLOUD.ordinal()),
            m.infeasible()};
        var placedCsv = ctx.series("placement", "placement", "requests");
        for (int i = 0; i < where.size(); i++) placedCsv.row(where.get(i), placedN[i]);
        Map<String, double[]> placed = new LinkedHashMap<>();
        placed.put("requests", placedN);
        String placement = charts.bars("placement", "Where requests ran", "placement", "requests (count)", where, placed);
        charts.seriesFromColumns(placement, placedCsv, "requests");

        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "Scenario `%s`: %,d phones (%s mobility) in a %.0f × %.0f m city with %d edge servers, %s of "
                        + "simulated time; selection %s, offloading %s, caching %s, handover %s, settlement %s. %,d requests in %.1f s of wall time. There is "
                        + "no paper number for a city run; every row is informational.",
                sc.name(), sc.devices().count(), sc.mobility().model(), sc.widthM(), sc.heightM(), sim.edges().size(),
                duration(sc.durationS()), sc.policies().selection(), sc.policies().offloading(), sc.policies().caching(),
                sc.policies().handover(), sc.policies().settlement(), m.requests(), wallS));
        for (var e : s.entrySet()) {
            Object v = e.getValue();
            rep.compare(e.getKey(), v instanceof Double d ? Report.fmt(d) : String.valueOf(v), "—", Report.Verdict.INFO);
        }
        rep.image(load, "Requests and completions per simulated hour");
        rep.image(latency, "Mean latency per simulated hour");
        rep.image(placement, "Where requests ran (local, edge, cloud, none feasible)");
    }

    private static String duration(double s) {
        return s >= 3600 ? String.format(Locale.ROOT, "%.1f h", s / 3600) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
