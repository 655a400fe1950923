package io.aigcnet.core.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG charts in the papers' style (XChart). Files are written into the run's staging folder and
 * only become visible when the whole run succeeds.
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

    private final Path dir;
    private final List<String> written = new ArrayList<>();

    public Charts(Path dir) {
        this.dir = dir;
        System.setProperty("java.awt.headless", "true");
    }

    /** Files written so far (names relative to the run folder). */
    public List<String> written() {
        return List.copyOf(written);
    }

    /** An XY line chart with markers; {@code logX} for workload sweeps. */
    public String line(String file, String title, String xLabel, String yLabel, List<Line> lines, boolean logX) {
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        style(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logX);
        for (Line l : lines) {
            XYSeries s = chart.addSeries(l.name(), l.x(), sanitize(l.y()));
            s.setMarker(l.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        return save(chart, file);
    }

    public String line(String file, String title, String xLabel, String yLabel, List<Line> lines) {
        return line(file, title, xLabel, yLabel, lines, false);
    }

    /** A grouped bar chart: one group per entry of {@code groups}, one bar per category. */
    public String bars(String file, String title, String xLabel, String yLabel, List<String> categories,
                       Map<String, double[]> groups) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        style(chart.getStyler());
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            double[] v = sanitize(g.getValue());
            chart.addSeries(g.getKey(), categories, Arrays.stream(v).boxed().toList());
        }
        return save(chart, file);
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        // Below the plot: an inside legend hid the right end of curves (where converged values sit).
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setPlotBorderVisible(true);
    }

    private static double[] sanitize(double[] y) {
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) if (!Double.isFinite(out[i])) out[i] = Double.NaN;
        return out;
    }

    private String save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, String file) {
        String name = file.endsWith(".png") ? file : file + ".png";
        try {
            BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write chart " + name, e);
        }
        written.add(name);
        return name;
    }
}
