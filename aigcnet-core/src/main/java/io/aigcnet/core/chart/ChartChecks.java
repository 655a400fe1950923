package io.aigcnet.core.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a chart legible, as checks a test can run on any finished run: it has a chart, every
 * axis names its unit, the legend shows every series and lies inside the image, and each series
 * its CSV names is in its legend. Returns the problems in words; an empty list means all hold.
 */
public final class ChartChecks {
    /**
     * An axis title names its unit in parentheses or brackets ({@code latency (s)},
     * {@code reputation (0-1)}, {@code MUs (count)}), or as a rate ({@code MiB per hour},
     * {@code rounds / min}).
     */
    private static final Pattern UNIT = Pattern.compile(".*(\\([^)]+\\)|\\[[^]]+]|\\sper\\s|/|%).*");

    private ChartChecks() {}

    /** True when {@code axisTitle} names a unit (see {@link #UNIT}). */
    public static boolean hasUnit(String axisTitle) {
        return axisTitle != null && UNIT.matcher(axisTitle).matches();
    }

    /**
     * @param dir the run folder (for the CSVs)
     * @param strict also require units on every axis and a CSV source for every chart
     */
    public static List<String> problems(Path dir, List<ChartRecord> charts, boolean strict) {
        List<String> out = new ArrayList<>();
        if (charts.isEmpty()) out.add("the run wrote no chart");
        for (ChartRecord c : charts) {
            String at = c.file() + ": ";
            if (c.legend().isEmpty()) out.add(at + "no series");
            if (c.legendBox() != null && !c.legendInside())
                out.add(at + "legend " + c.legendBox() + " is cut off by the " + c.width() + "x" + c.height() + " image");
            if (strict) {
                // a bar chart's x axis holds categories (names, not quantities): no unit to name
                if (!c.kind().equals("bars") && !hasUnit(c.xLabel())) out.add(at + "x axis '" + c.xLabel() + "' names no unit");
                if (!hasUnit(c.yLabel())) out.add(at + "y axis '" + c.yLabel() + "' names no unit");
                if (c.source() == null) out.add(at + "does not say which CSV it draws (Charts.seriesFromColumns/seriesFromKey)");
            }
            if (c.source() != null) {
                List<String> missing = new ArrayList<>();
                for (String s : csvSeries(dir, c.source(), out, at))
                    if (!inLegend(s, c.legend())) missing.add(s);
                if (!missing.isEmpty())
                    out.add(at + "series " + missing + " of " + c.source().csv() + ".csv are not in the legend " + c.legend());
            }
        }
        return out;
    }

    /** The series names a CSV gives for a source: its column headers, or the distinct values of its key column. */
    static List<String> csvSeries(Path dir, ChartRecord.Source src, List<String> problems, String at) {
        if (src.keyColumn() == null) return src.columns();
        Path csv = dir.resolve(src.csv() + ".csv");
        try {
            List<String> lines = Files.readAllLines(csv);
            if (lines.isEmpty()) {
                problems.add(at + src.csv() + ".csv is empty");
                return List.of();
            }
            int k = List.of(lines.get(0).split(",", -1)).indexOf(src.keyColumn());
            Set<String> values = new LinkedHashSet<>();
            for (String row : lines.subList(1, lines.size())) {
                String[] cells = row.split(",", -1);
                if (k < cells.length) values.add(src.labelPrefix() + cells[k].replace("\"", ""));
            }
            return List.copyOf(values);
        } catch (IOException e) {
            problems.add(at + "cannot read " + csv.getFileName());
            return List.of();
        }
    }

    /**
     * A CSV name is in the legend when an entry matches it ignoring case, spaces and punctuation,
     * with or without the entry's parenthesised note ({@code masp0} is {@code MASP 0 (10 steps)}), or
     * as that note ({@code mu_utility_1} is {@code MU 1 (mu_utility_1)}).
     */
    static boolean inLegend(String csvName, List<String> legend) {
        String k = Palette.key(csvName);
        for (String entry : legend) {
            if (Palette.key(entry).equals(k)) return true;
            int paren = entry.indexOf(" (");
            if (paren > 0 && Palette.key(entry.substring(0, paren)).equals(k)) return true;
            int close = entry.lastIndexOf(')');
            if (paren > 0 && close > paren && Palette.key(entry.substring(paren + 2, close)).equals(k)) return true;
        }
        return false;
    }
}
