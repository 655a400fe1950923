package io.aigcnet.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One CSV series: a header and rows, written as {@code <name>.csv} when the run succeeds. */
public final class SeriesWriter {
    private final String name;
    private final List<String> columns;
    private final List<String> rows = new ArrayList<>();

    public SeriesWriter(String name, List<String> columns) {
        if (!name.matches("[A-Za-z0-9_.-]+"))
            throw new IllegalArgumentException("series name must be a plain file name: " + name);
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public int size() { return rows.size(); }

    /** Appends one row; its length must match the header. */
    public SeriesWriter row(Object... values) {
        if (values.length != columns.size())
            throw new IllegalArgumentException("series " + name + ": row has " + values.length
                    + " values, header has " + columns.size());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(values[i]));
        }
        rows.add(sb.toString());
        return this;
    }

    public String toCsv() {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (String r : rows) sb.append(r).append('\n');
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Double.isFinite(d) ? repr(d) : d.toString();
        if (v instanceof Float f) return repr(f.doubleValue());
        String s = v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    private static String repr(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format(Locale.ROOT, "%.1f", d);
        return Double.toString(d);
    }
}
