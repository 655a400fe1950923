package io.aigcnet.chain.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.chain.block.CanonicalSize;
import io.aigcnet.chain.metrics.ChainMetrics;
import io.aigcnet.chain.sim.BaselineRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ProSecutor Fig. 7, baseline side: an ordinary chain where every transaction goes on chain (BlockEmulator
 * parity: 5 s blocks of at most 2000 transactions, FIFO pool), and the "ideal" variant with 1 s blocks on a
 * zero-latency network. Throughput, canonical and encoded ledger growth and confirmation latency per
 * injection rate, all in the simulated runtime.
 */
public final class ProsecutorBaselineExperiment implements Experiment {
    /** The paper's values (ProSecutor §VII-A, Fig. 7). */
    public static final double PAPER_SATURATED_TPS = 387;
    public static final double PAPER_IDEAL_MAX_TPS = 1740;
    public static final Map<Integer, Double> PAPER_STORAGE_MIB_PER_HOUR = Map.of(100, 34.07, 200, 68.06, 500, 136.03);

    @Override
    public String id() {
        return "prosecutor-baseline";
    }

    @Override
    public String title() {
        return "Baseline chain throughput, storage and latency (ProSecutor Fig. 7, BlockEmulator side)";
    }

    @Override
    public String paperRef() {
        return "ProSecutor Fig. 7(a)-(c), Sec. VII-A";
    }

    @Override
    public void run(ExperimentContext ctx) {
        BaselineConfig cfg = ctx.config(BaselineConfig.class, ctx.quick() ? BaselineConfig.quick() : BaselineConfig.defaults());
        Map<String, Map<Integer, BaselineRun.Outcome>> results = new LinkedHashMap<>();
        io.aigcnet.chain.sim.CpuBudget budget = cfg.cores() == 0 ? null
                : new io.aigcnet.chain.sim.CpuBudget(cfg.cores(), io.aigcnet.chain.cost.CpuOps.table(cfg.costTable(),
                        io.aigcnet.chain.cost.CpuOps.ALL));
        long total = (long) (2 * cfg.workloadsTps().size() * cfg.durationS());
        try (Progress progress = ctx.progress("prosecutor-baseline (chain seconds)", total)) {
            for (String variant : List.of("regular", "ideal")) {
                Map<Integer, BaselineRun.Outcome> byW = new LinkedHashMap<>();
                for (int w : cfg.workloadsTps()) {
                    boolean ideal = variant.equals("ideal");
                    BaselineRun.Settings s = new BaselineRun.Settings(w, ideal ? cfg.idealBlockIntervalS() : cfg.blockIntervalS(),
                            cfg.blockCapacityTx(), cfg.durationS(), ideal, cfg.superNodes(), cfg.fullNodes(), cfg.poolOrdering(),
                            cfg.poolCapacity(), cfg.verifyCostUs(), cfg.accounts(),
                            cfg.diskStore().equals("rocksdb") ? ctx.dir().resolve("ledger-" + variant + "-" + w) : null);
                    String stream = variant + "-" + w;
                    long[] last = {0};
                    BaselineRun.Outcome o = BaselineRun.run(s, budget, ctx.rng().stream("keys-" + stream), ctx.rng().stream("workload-" + stream),
                            ctx.rng().stream("network-" + stream), sec -> {
                                progress.step(sec - last[0]);
                                last[0] = sec;
                            });
                    byW.put(w, o);
                }
                results.put(variant, byW);
            }
        } catch (Exception e) {
            throw new IllegalStateException("prosecutor-baseline failed", e);
        }
        record(ctx, cfg, results);
    }

    private static void record(ExperimentContext ctx, BaselineConfig cfg, Map<String, Map<Integer, BaselineRun.Outcome>> results) {
        var pool = ctx.series("pool_size", "variant", "workload_tps", "time_s", "pool_size");
        for (var variant : results.entrySet()) {
            var series = ctx.series(variant.getKey(), "workload_tps", "throughput_tps", "storage_mib_per_hour",
                    "storage_disk_mib_per_hour", "latency_p50_s", "latency_p95_s", "latency_p99_s", "blocks", "finalised_txs", "injected_txs");
            for (var e : variant.getValue().entrySet()) {
                String w = Integer.toString(e.getKey());
                ChainMetrics m = e.getValue().metrics();
                String v = variant.getKey();
                ctx.result().put("throughput_tps." + v + "." + w, round(m.throughputTps()));
                if (v.equals("regular")) {
                    ctx.result().put("storage_mib_per_hour." + w, round(m.canonicalMiBPerHour()));
                    ctx.result().put("storage_disk_mib_per_hour." + w, round(m.diskMiBPerHour()));
                    ctx.result().put("latency_s.p50." + w, round(m.latencyP50()));
                    ctx.result().put("latency_s.p95." + w, round(m.latencyP95()));
                    ctx.result().put("latency_s.p99." + w, round(m.latencyP99()));
                } else {
                    ctx.result().put("ideal.storage_mib_per_hour." + w, round(m.canonicalMiBPerHour()));
                    ctx.result().put("ideal.latency_s.p50." + w, round(m.latencyP50()));
                    ctx.result().put("ideal.latency_s.p95." + w, round(m.latencyP95()));
                }
                series.row(e.getKey(), m.throughputTps(), m.canonicalMiBPerHour(), m.diskMiBPerHour(), m.latencyP50(), m.latencyP95(),
                        m.latencyP99(), m.blocks(), m.finalisedTxs(), e.getValue().injected());
                for (double[] p : e.getValue().poolSeries()) {
                    pool.row(v, e.getKey(), p[0], (long) p[1]);
                }
            }
        }
        ctx.result().put("accounting.block_header_bytes", CanonicalSize.HEADER_BYTES);
        ctx.result().put("accounting.tx_bytes", CanonicalSize.TX_BYTES);
        charts(ctx, cfg, results);
        report(ctx.report(), cfg, results);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000.0) / 1000.0 : v;
    }

    private static void charts(ExperimentContext ctx, BaselineConfig cfg, Map<String, Map<Integer, BaselineRun.Outcome>> results) {
        List<String> cats = new ArrayList<>();
        cfg.workloadsTps().forEach(w -> cats.add(Integer.toString(w)));
        Map<String, double[]> tps = new LinkedHashMap<>();
        Map<String, double[]> lat = new LinkedHashMap<>();
        double[] storage = new double[cats.size()];
        double[] disk = new double[cats.size()];
        for (var v : results.entrySet()) {
            double[] t = new double[cats.size()];
            double[] l = new double[cats.size()];
            int i = 0;
            for (BaselineRun.Outcome o : v.getValue().values()) {
                t[i] = o.metrics().throughputTps();
                l[i] = o.metrics().latencyP50();
                if (v.getKey().equals("regular")) {
                    storage[i] = o.metrics().canonicalMiBPerHour();
                    disk[i] = o.metrics().diskMiBPerHour();
                }
                i++;
            }
            tps.put(v.getKey(), t);
            lat.put(v.getKey(), l);
        }
        Charts c = ctx.charts();
        var pool = ctx.series("pool_size");
        String tpsChart = c.bars("throughput.png", "Throughput vs workload (Fig. 7a, baseline)", "workload (TPS)", "throughput (TPS)", cats, tps);
        c.seriesFromKey(tpsChart, pool, "variant");
        ctx.report().image(tpsChart, "Throughput of the regular (5 s) and ideal (1 s, zero-latency) baseline");
        Map<String, double[]> growth = new java.util.LinkedHashMap<>();
        growth.put("canonical, 120 B header + 99 B tx (storage_mib_per_hour)", storage);
        growth.put("encoded bytes (storage_disk_mib_per_hour)", disk);
        String storageChart = c.bars("storage.png", "Ledger growth (Fig. 7b, baseline)", "workload (TPS)", "ledger growth (MiB per hour)", cats, growth);
        c.seriesFromColumns(storageChart, ctx.series("regular"), "storage_mib_per_hour", "storage_disk_mib_per_hour");
        ctx.report().image(storageChart, "Ledger growth per hour");
        String latChart = c.bars("latency.png", "Confirmation latency p50 (Fig. 7c, baseline)", "workload (TPS)", "latency p50 (s)", cats, lat);
        c.seriesFromKey(latChart, pool, "variant");
        ctx.report().image(latChart, "Median confirmation latency, submit to finality at a full node");
    }

    private static void report(Report r, BaselineConfig cfg, Map<String, Map<Integer, BaselineRun.Outcome>> results) {
        Map<Integer, BaselineRun.Outcome> regular = results.get("regular");
        Map<Integer, BaselineRun.Outcome> ideal = results.get("ideal");
        r.summary("BlockEmulator-parity chain in the simulated runtime: " + cfg.superNodes() + " super nodes + " + cfg.fullNodes()
                + " full nodes, " + cfg.blockIntervalS() + " s slots, " + cfg.blockCapacityTx() + " tx/block, " + cfg.poolOrdering()
                + " pool of " + cfg.poolCapacity() + ", " + cfg.durationS() + " s of chain time per point. Throughput and growth are"
                + " normalised by the chain time the finalised blocks cover; " + (cfg.cores() == 0 ? "only block verification is"
                + " charged (" + cfg.verifyCostUs() + " µs per transaction)" : "every node has " + cfg.cores() + " cores and every"
                + " operation (sign, verify, hash, block execution) is charged from the calibrated cost table (simulated with"
                + " calibrated costs)") + "; latency is submit -> finality seen at a full node"
                + " (the certificate travels in the next block). Our chain produces in fixed DPoS slots, so it saturates at the"
                + " 2000/interval cap; BlockEmulator's 387 and 1740 TPS include its PBFT round time between blocks (see docs/decisions.md).");
        for (var e : regular.entrySet()) {
            if (e.getKey() >= 500) {
                double t = e.getValue().metrics().throughputTps();
                // tolerance fixed before running: the paper's value is one testbed measurement
                r.compare("throughput @" + e.getKey() + " TPS (regular)", Report.fmt(t), "387 (within 2%)",
                        Report.Verdict.of(Math.abs(t / 387 - 1) <= 0.02), "fixed slots: the interval excludes the commit round");
            }
        }
        double idealMax = 0;
        for (BaselineRun.Outcome o : ideal.values()) {
            idealMax = Math.max(idealMax, o.metrics().throughputTps());
        }
        r.compare("max throughput (ideal)", Report.fmt(idealMax), "1740 (within 2%)",
                Report.Verdict.of(Math.abs(idealMax / 1740 - 1) <= 0.02), "fixed 1 s slots: the interval excludes the commit round");
        for (var e : PAPER_STORAGE_MIB_PER_HOUR.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            BaselineRun.Outcome o = regular.get(e.getKey());
            if (o != null) {
                double s = o.metrics().canonicalMiBPerHour();
                r.compare("ledger growth @" + e.getKey() + " TPS (MiB/h)", Report.fmt(s), Report.fmt(e.getValue()),
                        Report.Verdict.of(Math.abs(s / e.getValue() - 1) <= 0.005), "pass if within 0.5%");
            }
        }
        double prev = 0;
        boolean rising = true;
        boolean above = true;
        for (var e : regular.entrySet()) {
            double p50 = e.getValue().metrics().latencyP50();
            above &= p50 >= cfg.blockIntervalS();
            if (e.getKey() >= 500) {
                rising &= p50 >= prev;
                prev = p50;
            }
        }
        // finality needs the next block, so p50 >= one interval always holds: reported, not checked
        r.compare("latency p50 >= block interval at every workload", above ? "yes" : "no", ">= 5 s", Report.Verdict.INFO);
        r.compare("latency p50 rises past saturation", rising ? "yes" : "no", "rises", Report.Verdict.of(rising));
    }
}
