package io.aigcnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.aigcnet.core.experiment.ExperimentRunner;
import io.aigcnet.core.report.Report;

/**
 * The closing table of {@code reproduce --all}: each id with its wall time and PASS/FAIL/INFO
 * counts, the failing checks by name, runs that stopped with an error, and the totals. It never
 * hides a failure: the last line says how many checks failed and what exit code follows.
 */
final class RunSummary {
    private record Entry(String id, double seconds, int pass, int fail, int info, List<Report.Row> failing, String error) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String id, ExperimentRunner.Outcome o) {
        entries.add(new Entry(id, o.elapsedMillis() / 1000.0, o.passed(), o.failedChecks(), o.info(), o.failing(), null));
    }

    void addError(String id, double seconds, String message) {
        entries.add(new Entry(id, seconds, 0, 0, 0, List.of(), message));
    }

    int failedChecks() {
        return entries.stream().mapToInt(Entry::fail).sum();
    }

    int errors() {
        return (int) entries.stream().filter(e -> e.error() != null).count();
    }

    /** The table, the failing checks and a closing line (with the exit code {@code strict} implies). */
    String render(boolean strict) {
        int w = Math.max("experiment".length(), entries.stream().mapToInt(e -> e.id().length()).max().orElse(0));
        String row = "%-" + w + "s  %9s  %4s  %4s  %4s  %s";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, row, "experiment", "time", "PASS", "FAIL", "INFO", "").stripTrailing()).append('\n');
        double total = 0;
        int pass = 0;
        int fail = 0;
        int info = 0;
        for (Entry e : entries) {
            total += e.seconds();
            pass += e.pass();
            fail += e.fail();
            info += e.info();
            String note = e.error() != null ? "ERROR: " + e.error() : e.fail() > 0 ? "FAIL" : "";
            sb.append(String.format(Locale.ROOT, row, e.id(), seconds(e.seconds()),
                    e.error() != null ? "-" : e.pass(), e.error() != null ? "-" : e.fail(), e.error() != null ? "-" : e.info(), note)
                    .stripTrailing()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, row, "total (" + entries.size() + ")", seconds(total), pass, fail, info, "")
                .stripTrailing()).append('\n');
        if (fail > 0) {
            sb.append("\nFailing checks:\n");
            for (Entry e : entries)
                for (Report.Row r : e.failing())
                    sb.append("  ").append(e.id()).append(": ").append(r.quantity()).append(" (ours ").append(r.ours())
                            .append("; paper ").append(r.paper()).append(")\n");
        }
        int errors = errors();
        sb.append('\n');
        if (fail == 0 && errors == 0) {
            sb.append("All ").append(pass).append(" checks pass in ").append(entries.size()).append(" experiments.\n");
        } else {
            List<String> parts = new ArrayList<>();
            if (fail > 0) parts.add(fail + " of " + (pass + fail) + " checks FAIL");
            if (errors > 0) parts.add(errors + " experiment" + (errors == 1 ? "" : "s") + " stopped with an error");
            sb.append(String.join("; ", parts)).append(". Exit code ").append(errors > 0 || (strict && fail > 0) ? 1 : 0);
            if (fail > 0 && !strict && errors == 0) sb.append(" (--strict exits 1 when a check fails)");
            sb.append(".\n");
        }
        return sb.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}
