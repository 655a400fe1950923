package io.aigcnet.cli.layer2;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.report.Report;
import io.aigcnet.ledger.service.sim.RoundRecord;
import io.aigcnet.ledger.service.sim.ServiceMarket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ProSecutor service round as a demo: an embedded market on the simulated runtime (8 MASP full
 * nodes, 4 of them super nodes acting as RCOs, clients, a storage chain, channels) running selection →
 * handshake → inference → storage → channel transfer → opinion → roll-up over background opinions.
 * Prints a live summary per simulated minute and writes {@code <out>/report.md} with charts.
 */
@Command(name = "service-demo", mixinStandardHelpOptions = true,
        description = "Run ProSecutor's service round end to end (simulated runtime) and write out/demo/report.md.")
public final class ServiceDemoCommand implements Callable<Integer> {
    @Option(names = "--seconds", description = "simulated seconds (default ${DEFAULT-VALUE})")
    double seconds = 600;

    @Option(names = "--clients", description = "clients (default ${DEFAULT-VALUE})")
    int clients = 6;

    @Option(names = "--seed", description = "root seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out = Path.of("out", "demo");

    @Override
    public Integer call() throws IOException {
        if (!(seconds >= 30 && seconds <= 86_400) || clients < 1 || clients > 64) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--seconds must be in [30, 86400] and --clients in [1, 64]");
        }
        Files.createDirectories(out);
        int masps = 8;
        ServiceMarket m = new ServiceMarket(seed, clients, masps, 4, 0.2);
        m.backgroundOpinions((long) (seconds * 20), 20);
        m.start();
        double step = 10;
        List<Double> t = new ArrayList<>();
        List<double[]> rep = new ArrayList<>();
        List<Double> ledger = new ArrayList<>();
        List<Double> perMinute = new ArrayList<>();
        int lastCount = 0;
        for (double now = step; now <= seconds + 1e-9; now += step) {
            m.advance(step);
            t.add(now);
            double[] r = new double[masps];
            for (int j = 0; j < masps; j++) {
                r[j] = m.reputation(j);
            }
            rep.add(r);
            ledger.add(m.ledgerBytes() / 1024.0);
            int count = m.rounds().size();
            perMinute.add((count - lastCount) * 60.0 / step);
            lastCount = count;
            if (Math.round(now) % 60 == 0) {
                System.out.printf(Locale.ROOT, "t=%4.0fs rounds=%d ledger=%.1f KiB reputation(4..40 steps)=%s%n", now, count,
                        ledger.get(ledger.size() - 1), fmt(r));
            }
        }
        writeReport(m, t, rep, ledger, perMinute);
        System.out.println("wrote " + out.resolve("report.md"));
        return 0;
    }

    private void writeReport(ServiceMarket m, List<Double> t, List<double[]> rep, List<Double> ledger, List<Double> perMinute) {
        double[] x = t.stream().mapToDouble(Double::doubleValue).toArray();
        Charts charts = new Charts(out);
        Report r = new Report();
        List<Charts.Line> lines = new ArrayList<>();
        for (int j = 0; j < rep.get(0).length; j++) {
            int jj = j;
            lines.add(new Charts.Line("MASP " + j + " (" + m.steps(j) + " steps)", x, rep.stream().mapToDouble(v -> v[jj]).toArray()));
        }
        r.image(charts.line("reputation.png", "Reputation per MASP (Reputation Tree leaves)", "time (s)", "reputation", lines),
                "Leaf reputation in RCO 0's tree");
        r.image(charts.line("throughput.png", "Service rounds per minute", "time (s)", "rounds / min",
                List.of(new Charts.Line("rounds", x, perMinute.stream().mapToDouble(Double::doubleValue).toArray()))), "Throughput");
        r.image(charts.line("ledger.png", "Anchor ledger growth (canonical)", "time (s)", "KiB",
                List.of(new Charts.Line("ledger", x, ledger.stream().mapToDouble(Double::doubleValue).toArray()))), "Ledger growth");
        List<RoundRecord> rs = m.rounds();
        double[] rx = rs.stream().mapToDouble(RoundRecord::startS).toArray();
        double[] ry = rs.stream().mapToDouble(RoundRecord::channelS).toArray();
        r.image(charts.line("channel_latency.png", "Channel transfer latency per round", "round start (s)", "latency (s)",
                List.of(new Charts.Line("channel", rx, ry))), "First rounds on a pair wait for the establish block");
        long satisfied = rs.stream().filter(RoundRecord::satisfied).count();
        r.summary(String.format(Locale.ROOT, "%d service rounds in %.0f simulated seconds by %d clients over 8 MASPs (4 RCOs);"
                        + " %d satisfied; %d roll-ups on chain; ledger %.1f KiB; storage chain holds %d KiB.",
                rs.size(), seconds, clients, satisfied, m.lane().ledger().rollups().size(), m.ledgerBytes() / 1024.0,
                m.storage().bytesStored() / 1024));
        try {
            Files.writeString(out.resolve("report.md"), r.render("aigcnet demo: ProSecutor service rounds",
                    "selection → handshake → inference → storage → channel transfer → opinion → roll-up"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double[] r) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : r) {
            sb.append(sb.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return sb.append(']').toString();
    }
}
