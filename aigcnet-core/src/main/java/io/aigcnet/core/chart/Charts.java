package io.aigcnet.core.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.imageio.ImageIO;

import io.aigcnet.core.result.SeriesWriter;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG charts in the papers' style (XChart). Files are written into the run's staging folder and
 * only become visible when the whole run succeeds.
 *
 * <p>Legibility is built in rather than left to each experiment: colours come from
 * {@link Palette} (the same scheme keeps its colour across figures), the y axis turns
 * logarithmic when positive values span two orders of magnitude or more (a linear axis flattens
 * the small series to zero), and the legend is measured after painting: if it does not fit below
 * the plot it moves to the right in one column and the image widens until every entry shows.
 * Each chart is described by a {@link ChartRecord} so tests can check it.
 */
public final class Charts {
    /** One line of an XY chart. */
    public record Line(String name, double[] x, double[] y) {
        public Line {
            if (x.length != y.length) throw new IllegalArgumentException("line " + name + ": x and y lengths differ");
        }

        public static Line of(String name, double[] y) {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) x[i] = i;
            return new Line(name, x, y);
        }
    }

    /** Max/min of the positive values from which the y axis becomes logarithmic. */
    public static final double LOG_SPAN = 100;

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS};

    private final Path dir;
    private final List<ChartRecord> records = new ArrayList<>();

    public Charts(Path dir) {
        this.dir = dir;
        System.setProperty("java.awt.headless", "true");
    }

    /** Files written so far (names relative to the run folder). */
    public List<String> written() {
        return records.stream().map(ChartRecord::file).toList();
    }

    /** What each chart shows (file, axis titles, legend, scales), in the order written. */
    public List<ChartRecord> records() {
        return List.copyOf(records);
    }

    /** An XY line chart with markers; {@code logX} for workload sweeps. The y scale is chosen by the data. */
    public String line(String file, String title, String xLabel, String yLabel, List<Line> lines, boolean logX) {
        boolean logY = spansOrders(lines.stream().map(Line::y).toList());
        List<Color> colours = Palette.assign(lines.stream().map(Line::name).toList());
        Function<Layout, Chart<?, ?>> c = layout -> {
            XYChart chart = new XYChart(new XYChartBuilder().width(layout.width).height(layout.height).title(title)
                    .xAxisTitle(xLabel).yAxisTitle(yLabel));
            style(chart.getStyler(), layout);
            chart.getStyler().setXAxisLogarithmic(logX);
            chart.getStyler().setYAxisLogarithmic(logY);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                XYSeries s = chart.addSeries(l.name(), l.x(), logY ? positiveOrNaN(l.y()) : sanitize(l.y()));
                s.setLineColor(colours.get(i));
                s.setMarkerColor(colours.get(i));
                s.setMarker(l.x().length > 40 ? SeriesMarkers.NONE : MARKERS[i % MARKERS.length]);
                if (i >= Palette.ORDER.size())
                    s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
            }
            return chart;
        };
        return save(c, file, "line", title, xLabel, yLabel, lines.stream().map(Line::name).toList(), logY);
    }

    public String line(String file, String title, String xLabel, String yLabel, List<Line> lines) {
        return line(file, title, xLabel, yLabel, lines, false);
    }

    /** A grouped bar chart: one group per entry of {@code groups}, one bar per category. */
    public String bars(String file, String title, String xLabel, String yLabel, List<String> categories,
                       Map<String, double[]> groups) {
        List<String> names = List.copyOf(groups.keySet());
        boolean logY = spansOrders(List.copyOf(groups.values()));
        List<Color> colours = Palette.assign(names);
        Function<Layout, Chart<?, ?>> c = layout -> {
            CategoryChart chart = new CategoryChart(new CategoryChartBuilder().width(layout.width).height(layout.height)
                    .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel));
            style(chart.getStyler(), layout);
            chart.getStyler().setYAxisLogarithmic(logY);
            // Bars grow from the axis minimum, which XChart puts at 0 unless told otherwise; log needs > 0.
            if (logY) chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(minPositive(groups.values())))));
            int i = 0;
            for (Map.Entry<String, double[]> g : groups.entrySet()) {
                double[] v = logY ? positiveOrNaN(g.getValue()) : sanitize(g.getValue());
                CategorySeries s = chart.addSeries(g.getKey(), categories, Arrays.stream(v).boxed().toList());
                s.setFillColor(colours.get(i++));
            }
            return chart;
        };
        return save(c, file, "bars", title, xLabel, yLabel, names, logY);
    }

    /**
     * Says that {@code chart} draws the series named by these column headers of {@code csv} (wide
     * form: one column per series). Tests then check that each of them is in the chart's legend.
     */
    public void seriesFromColumns(String chart, SeriesWriter csv, String... columns) {
        for (String c : columns)
            if (!csv.columns().contains(c))
                throw new IllegalArgumentException("chart " + chart + ": " + csv.name() + ".csv has no column " + c);
        link(chart, new ChartRecord.Source(csv.name(), null, List.of(columns), ""));
    }

    /**
     * Says that {@code chart} draws one series per distinct value of {@code keyColumn} in
     * {@code csv} (long form, e.g. one row per scheme and x). Tests then check each value is in the legend.
     */
    public void seriesFromKey(String chart, SeriesWriter csv, String keyColumn) {
        seriesFromKey(chart, csv, keyColumn, "");
    }

    /** As {@link #seriesFromKey(String, SeriesWriter, String)}, each value shown after {@code labelPrefix} ("PPO seed "). */
    public void seriesFromKey(String chart, SeriesWriter csv, String keyColumn, String labelPrefix) {
        if (!csv.columns().contains(keyColumn))
            throw new IllegalArgumentException("chart " + chart + ": " + csv.name() + ".csv has no column " + keyColumn);
        link(chart, new ChartRecord.Source(csv.name(), keyColumn, List.of(), labelPrefix));
    }

    private void link(String chart, ChartRecord.Source source) {
        String name = chart.endsWith(".png") ? chart : chart + ".png";
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).file().equals(name)) {
                records.set(i, records.get(i).withSource(source));
                return;
            }
        }
        throw new IllegalArgumentException("no chart " + name + " has been written");
    }

    /** True when the finite positive values span at least {@link #LOG_SPAN} and none is zero or negative. */
    static boolean spansOrders(List<double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        int n = 0;
        for (double[] ys : series) {
            for (double y : ys) {
                if (!Double.isFinite(y)) continue;
                if (y <= 0) return false;
                min = Math.min(min, y);
                max = Math.max(max, y);
                n++;
            }
        }
        return n > 1 && max / min >= LOG_SPAN;
    }

    private static double minPositive(java.util.Collection<double[]> series) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] ys : series) for (double y : ys) if (y > 0 && Double.isFinite(y)) min = Math.min(min, y);
        return min;
    }

    /** The two legend placements: below the plot in a row, or right of it in one column. */
    static final class Layout {
        final int width;
        final int height;
        final boolean right;

        Layout(int width, int height, boolean right) {
            this.width = width;
            this.height = height;
            this.right = right;
        }
    }

    private static void style(Styler s, Layout layout) {
        s.setChartBackgroundColor(Color.WHITE);
        // Below the plot by default: an inside legend hid the right end of curves (where converged values sit).
        s.setLegendPosition(layout.right ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.OutsideS);
        s.setLegendLayout(layout.right ? Styler.LegendLayout.Vertical : Styler.LegendLayout.Horizontal);
        s.setPlotBorderVisible(true);
        if (s instanceof AxesChartStyler a) a.setAxisTitlesVisible(true);
    }

    private static double[] sanitize(double[] y) {
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) if (!Double.isFinite(out[i])) out[i] = Double.NaN;
        return out;
    }

    private static double[] positiveOrNaN(double[] y) {
        double[] out = sanitize(y);
        for (int i = 0; i < out.length; i++) if (!(out[i] > 0)) out[i] = Double.NaN;
        return out;
    }

    /** Paints {@code build} for a layout, measures the legend, and re-lays out until it fits; then writes the PNG. */
    private String save(Function<Layout, Chart<?, ?>> build, String file, String kind, String title, String xLabel, String yLabel,
                        List<String> legend, boolean logY) {
        String name = file.endsWith(".png") ? file : file + ".png";
        Layout layout = new Layout(WIDTH, HEIGHT, false);
        Chart<?, ?> chart = null;
        BufferedImage image = null;
        Rectangle2D box = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            chart = build.apply(layout);
            image = BitmapEncoder.getBufferedImage(chart);
            box = LegendProbe.bounds(chart);
            boolean fits = box == null || (box.getMinX() >= 0 && box.getMinY() >= 0
                    && box.getMaxX() <= image.getWidth() && box.getMaxY() <= image.getHeight());
            if (fits) break;
            if (!layout.right) {
                layout = new Layout(WIDTH, HEIGHT, true);
            } else {
                int w = Math.max(layout.width, (int) Math.ceil(box.getMaxX()) + 16 + (int) Math.max(0, -box.getMinX()));
                int h = Math.max(layout.height, (int) Math.ceil(box.getHeight()) + 80);
                layout = new Layout(w + (w == layout.width ? 120 : 0), h, true);
            }
        }
        try {
            ImageIO.write(image, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write chart " + name, e);
        }
        records.add(new ChartRecord(name, kind, title, xLabel, yLabel, legend, logY, image.getWidth(), image.getHeight(),
                box == null ? null : new ChartRecord.Box(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight()), null));
        return name;
    }
}
