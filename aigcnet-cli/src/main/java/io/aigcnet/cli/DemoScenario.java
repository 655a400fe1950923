package io.aigcnet.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.core.report.Report;
import io.aigcnet.layer2.service.sim.RoundRecord;
import io.aigcnet.layer2.service.sim.ServiceMarket;

/**
 * The scenario behind {@code aigcnet demo}: ProSecutor's service round end to end on the simulated
 * runtime (issue 4 item 6). An embedded network of 8 MASP full nodes (4 super nodes acting as
 * RCOs), clients and a storage chain runs selection → signed, encrypted handshake → inference →
 * storage → channel transfer → opinion → roll-up, over background opinion traffic. It goes
 * through the experiment pipeline, so its output is atomic like every reproduced figure.
 */
final class DemoScenario implements Experiment {
    static final String SUMMARY_FILE = "summary.txt";
    private static final int MASPS = 8;
    private static final int RCOS = 4;
    private static final double STEP_S = 10;

    private final double seconds;
    private final int clients;
    private final java.io.PrintWriter live;
    private final io.aigcnet.mechanism.contract.service.ServiceContract contractPolicy;

    DemoScenario(double seconds, int clients, java.io.PrintWriter live) {
        this(seconds, clients, live, new io.aigcnet.mechanism.contract.service.OptimalServiceContract(
                io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams.defaults()));
    }

    /** @param contractPolicy how each round's payment contract is designed (ProSecutor Sec. VI-B) */
    DemoScenario(double seconds, int clients, java.io.PrintWriter live,
                 io.aigcnet.mechanism.contract.service.ServiceContract contractPolicy) {
        this.seconds = seconds;
        this.clients = clients;
        this.live = live;
        this.contractPolicy = contractPolicy;
    }

    @Override public String id() { return "demo"; }

    @Override public String title() { return "aigcnet demo: ProSecutor service rounds end to end"; }

    @Override public String paperRef() { return "ProSecutor Secs. IV–VI: P1–P4, Algorithms 1–2, Fig. 3"; }

    @Override public void run(ExperimentContext ctx) throws Exception {
        io.aigcnet.edge.stack.ContractPricing pricing = new io.aigcnet.edge.stack.ContractPricing(contractPolicy,
                io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams.defaults(),
                io.aigcnet.mechanism.contract.prosecutor.MarketState.reference());
        ServiceMarket m = new ServiceMarket(ctx.seed(), clients, MASPS, RCOS, 0.2, pricing);
        m.backgroundOpinions((long) (seconds * 20), 20);
        m.start();
        int steps = (int) Math.round(seconds / STEP_S);
        double[] t = new double[steps];
        double[][] rep = new double[MASPS][steps];
        double[] ledgerKiB = new double[steps];
        double[] perMinute = new double[steps];
        var repCsv = ctx.series("reputation", header("t_s", "masp"));
        var ledgerCsv = ctx.series("ledger", "t_s", "ledger_kib", "rounds_per_min");
        int lastCount = 0;
        try (Progress p = ctx.progress("demo (simulated s)", steps)) {
            for (int i = 0; i < steps; i++) {
                m.advance(STEP_S);
                t[i] = (i + 1) * STEP_S;
                Object[] row = new Object[MASPS + 1];
                row[0] = t[i];
                for (int j = 0; j < MASPS; j++) {
                    rep[j][i] = m.reputation(j);
                    row[j + 1] = rep[j][i];
                }
                repCsv.row(row);
                ledgerKiB[i] = m.ledgerBytes() / 1024.0;
                int count = m.rounds().size();
                perMinute[i] = (count - lastCount) * 60.0 / STEP_S;
                lastCount = count;
                ledgerCsv.row(t[i], ledgerKiB[i], perMinute[i]);
                p.step();
                if (live != null && Math.round(t[i]) % 120 == 0) {
                    live.printf(Locale.ROOT, "t=%4.0fs  rounds=%-5d ledger=%7.1f KiB  roll-ups=%d%n", t[i], count, ledgerKiB[i],
                            m.lane().ledger().rollups().size());
                    live.flush();
                }
            }
        }
        List<RoundRecord> rounds = m.rounds();
        record(ctx, m, rounds, rep);
        contracts(ctx, pricing);
        chart(ctx, m, t, rep, ledgerKiB, perMinute, rounds);
        lifecycleAct(ctx);
    }

    /** The contract every round paid by, and what both sides obtained (eq. (13) with the measured OS²A, eqs. (14)–(15)). */
    private void contracts(ExperimentContext ctx, io.aigcnet.edge.stack.ContractPricing pricing) throws Exception {
        var s = pricing.summary();
        s.forEach((k, v) -> ctx.result().put("contract." + k, v));
        String text = String.format(Locale.ROOT, "Payment contract: %s; %d rounds in %d market states; first offer %s.%n"
                        + "Mean fee %.2f (eq. (13) with the measured OS²A, mean %.3f); mean client utility U_C %.2f; "
                        + "mean MASP utility U_SP %.2f at its best response.%n", s.get("policy"), (long) s.get("rounds"),
                (int) s.get("distinct_states"), s.getOrDefault("first_contract", "-"), (double) s.get("mean_fee"),
                (double) s.get("mean_measured_os2a"), (double) s.get("mean_client_utility"), (double) s.get("mean_masp_utility"));
        Files.writeString(ctx.dir().resolve(SUMMARY_FILE), text, java.nio.file.StandardOpenOption.APPEND);
        ctx.report().section("Payment contracts", text);
    }

    /** The survey's AIGC lifecycle act: register, plagiarise, challenge, remove, trade. */
    private void lifecycleAct(ExperimentContext ctx) throws Exception {
        List<String> lines = new ArrayList<>();
        io.aigcnet.lifecycle.client.LifecycleDemoAct.run(ctx.seed(), io.aigcnet.cli.lifecycle.AigcCommand.THRESHOLD_BITS, lines)
                .forEach((k, v) -> ctx.result().put("lifecycle." + k, v));
        String text = "AIGC product lifecycle (the survey's case study):\n" + String.join("\n", lines) + "\n";
        Files.writeString(ctx.dir().resolve(SUMMARY_FILE), text, java.nio.file.StandardOpenOption.APPEND);
        ctx.report().section("AIGC product lifecycle", "```\n" + text + "```");
    }

    private void record(ExperimentContext ctx, ServiceMarket m, List<RoundRecord> rounds, double[][] rep) throws Exception {
        int last = rep[0].length - 1;
        long satisfied = rounds.stream().filter(RoundRecord::satisfied).count();
        double[] channel = rounds.stream().filter(r -> !r.newChannel()).mapToDouble(RoundRecord::channelS).sorted().toArray();
        double[] total = rounds.stream().mapToDouble(RoundRecord::latencyS).sorted().toArray();
        int[] served = new int[MASPS];
        for (RoundRecord r : rounds) served[r.masp()]++;
        ctx.result().put("simulated_s", seconds).put("clients", clients).put("masps", MASPS).put("rcos", RCOS)
                .put("service_rounds", rounds.size()).put("satisfied_rounds", satisfied)
                .put("rollups_on_chain", m.lane().ledger().rollups().size())
                .put("ledger_kib", m.ledgerBytes() / 1024.0)
                .put("storage_chain_kib", m.storage().bytesStored() / 1024.0)
                .put("channel_latency_s.p50", quantile(channel, 0.5)).put("channel_latency_s.p95", quantile(channel, 0.95))
                .put("round_latency_s.p50", quantile(total, 0.5));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "ProSecutor service rounds: %d clients, %d MASPs (%d RCOs), %.0f simulated s%n", clients, MASPS, RCOS, seconds));
        table.append(String.format(Locale.ROOT, "%-5s %16s %12s %8s%n", "MASP", "diffusion steps", "reputation", "rounds"));
        for (int j = 0; j < MASPS; j++) {
            ctx.result().put("masp." + j + ".diffusion_steps", m.steps(j)).put("masp." + j + ".final_reputation", rep[j][last])
                    .put("masp." + j + ".rounds_served", served[j]);
            table.append(String.format(Locale.ROOT, "%-5d %16d %12.3f %8d%n", j, m.steps(j), rep[j][last], served[j]));
        }
        table.append(String.format(Locale.ROOT, "%d rounds (%d satisfied), %d roll-ups on chain, ledger %.1f KiB, "
                        + "channel latency p50 %.3f s (open channel), round latency p50 %.2f s%n", rounds.size(), satisfied,
                m.lane().ledger().rollups().size(), m.ledgerBytes() / 1024.0, quantile(channel, 0.5), quantile(total, 0.5)));
        Files.writeString(ctx.dir().resolve(SUMMARY_FILE), table.toString());
        ctx.report().summary("Every round runs the whole ProSecutor service path on the simulated runtime with real Ed25519 "
                + "signatures, X25519 + AES-GCM prompt encryption and SHA-256 hash locks. Inference is the simulated diffusion "
                + "back-end (cost and quality grow with diffusion steps), not a real Stable Diffusion model. The paper's "
                + "figures are reproduced by `aigcnet reproduce prosecutor-*`.");
        ctx.report().section("Summary", "```\n" + table + "```");
        double rho = spearman(stepsOf(m), lastColumn(rep));
        ctx.result().put("reputation_vs_capability_spearman", rho);
        ctx.report().compare("rank correlation of final reputation with MASP capability (diffusion steps)",
                String.format(Locale.ROOT, "%.3f", rho), "reputation follows service quality (Fig. 8)", Report.Verdict.of(rho > 0.5));
    }

    private void chart(ExperimentContext ctx, ServiceMarket m, double[] t, double[][] rep, double[] ledgerKiB, double[] perMinute,
                       List<RoundRecord> rounds) {
        List<Charts.Line> lines = new ArrayList<>();
        for (int j = 0; j < MASPS; j++) lines.add(new Charts.Line("MASP " + j + " (" + m.steps(j) + " steps)", t, rep[j]));
        var c = ctx.charts();
        String repChart = c.line("reputation", "Reputation per MASP (Reputation Tree leaves)", "time (s)", "reputation (0-1)", lines);
        c.seriesFromColumns(repChart, ctx.series("reputation"), java.util.Arrays.copyOfRange(header("t_s", "masp"), 1, MASPS + 1));
        ctx.report().image(repChart, "Reputation per MASP over simulated time");
        String tpChart = c.line("throughput", "Service rounds per minute", "time (s)", "rounds / min",
                List.of(new Charts.Line("rounds per minute (rounds_per_min)", t, perMinute)));
        c.seriesFromColumns(tpChart, ctx.series("ledger"), "rounds_per_min");
        ctx.report().image(tpChart, "Throughput of service rounds");
        String ledgerChart = c.line("ledger", "Anchor ledger growth (canonical bytes)", "time (s)", "ledger size (KiB)",
                List.of(new Charts.Line("ledger size (ledger_kib)", t, ledgerKiB)));
        c.seriesFromColumns(ledgerChart, ctx.series("ledger"), "ledger_kib");
        ctx.report().image(ledgerChart, "Ledger growth");
        double[] rx = rounds.stream().mapToDouble(RoundRecord::startS).toArray();
        double[] ry = rounds.stream().mapToDouble(RoundRecord::channelS).toArray();
        var latencyCsv = ctx.series("channel_latency", "round_start_s", "channel_latency_s");
        for (int i = 0; i < rx.length; i++) latencyCsv.row(rx[i], ry[i]);
        String latChart = c.line("channel_latency", "Channel transfer latency per round", "round start (s)", "latency (s)",
                List.of(new Charts.Line("channel latency (channel_latency_s)", rx, ry)));
        c.seriesFromColumns(latChart, latencyCsv, "channel_latency_s");
        ctx.report().image(latChart,
                "Channel latency; the first round on a pair waits for the establish block");
    }

    private static String[] header(String first, String prefix) {
        String[] h = new String[MASPS + 1];
        h[0] = first;
        for (int j = 0; j < MASPS; j++) h[j + 1] = prefix + j;
        return h;
    }

    private static double[] stepsOf(ServiceMarket m) {
        double[] s = new double[MASPS];
        for (int j = 0; j < MASPS; j++) s[j] = m.steps(j);
        return s;
    }

    private static double[] lastColumn(double[][] rep) {
        double[] out = new double[rep.length];
        for (int j = 0; j < rep.length; j++) out[j] = rep[j][rep[j].length - 1];
        return out;
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    /** Spearman rank correlation (average ranks for ties). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a), rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0), mb = Arrays.stream(rb).average().orElse(0);
        double num = 0, da = 0, db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (ra[i] - ma) * (rb[i] - mb);
            da += (ra[i] - ma) * (ra[i] - ma);
            db += (rb[i] - mb) * (rb[i] - mb);
        }
        return da == 0 || db == 0 ? 0 : num / Math.sqrt(da * db);
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) idx[i] = i;
        Arrays.sort(idx, (x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) j++;
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) r[idx[k]] = avg;
            i = j + 1;
        }
        return r;
    }
}
