package io.aigcnet.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@code report.md}: what was run, each result beside the paper's value with a verdict,
 * the figures, and free notes (surrogates used, deviations). The paper column is text because
 * papers often state a shape ("rises with p") rather than a number.
 */
public final class Report {
    /** The outcome of comparing one result with the paper. */
    public enum Verdict {
        PASS, FAIL, INFO;

        public static Verdict of(boolean ok) { return ok ? PASS : FAIL; }
    }

    /** One row of the comparison table. */
    public record Row(String quantity, String ours, String paper, Verdict verdict, String note) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private String summary = "";

    /** One paragraph under the title: what this experiment reproduces and how. */
    public Report summary(String text) {
        this.summary = text;
        return this;
    }

    public Report compare(String quantity, String ours, String paper, Verdict verdict, String note) {
        rows.add(new Row(quantity, ours, paper, verdict, note == null ? "" : note));
        return this;
    }

    public Report compare(String quantity, String ours, String paper, Verdict verdict) {
        return compare(quantity, ours, paper, verdict, "");
    }

    public Report compare(String quantity, double ours, String paper, Verdict verdict) {
        return compare(quantity, fmt(ours), paper, verdict, "");
    }

    /** A free-form markdown section (heading + body). */
    public Report section(String heading, String markdown) {
        sections.add("## " + heading + "\n\n" + markdown.strip() + "\n");
        return this;
    }

    public Report image(String file, String caption) {
        sections.add("![" + caption + "](" + file + ")\n\n*" + caption + "*\n");
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public boolean allPass() {
        return rows.stream().noneMatch(r -> r.verdict() == Verdict.FAIL);
    }

    public String render(String title, String header) {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        if (!header.isBlank()) sb.append(header.strip()).append("\n\n");
        if (!summary.isBlank()) sb.append(summary.strip()).append("\n\n");
        if (!rows.isEmpty()) {
            sb.append("## Results beside the paper\n\n");
            sb.append("| Quantity | aigcnet | Paper | Check | Note |\n|---|---|---|---|---|\n");
            for (Row r : rows)
                sb.append("| ").append(esc(r.quantity())).append(" | ").append(esc(r.ours())).append(" | ")
                        .append(esc(r.paper())).append(" | ").append(r.verdict()).append(" | ")
                        .append(esc(r.note())).append(" |\n");
            sb.append('\n');
        }
        for (String s : sections) sb.append(s).append('\n');
        return sb.toString();
    }

    public static String fmt(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) return String.format(Locale.ROOT, "%.4g", v);
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String esc(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
