package io.aigcnet.core.chart;

import java.util.List;

/**
 * What one written chart shows: enough for a test to check that its axes carry units, that every
 * series is named in the legend and that the legend lies inside the image.
 *
 * @param kind {@code line} or {@code bars}
 * @param legend the series names, in legend order
 * @param legendBox where the legend was painted, or null if XChart did not let us measure it
 * @param source the CSV the chart draws, or null if the experiment did not say
 */
public record ChartRecord(String file, String kind, String title, String xLabel, String yLabel, List<String> legend,
                          boolean logY, int width, int height, Box legendBox, Source source) {
    public ChartRecord {
        legend = List.copyOf(legend);
    }

    /**
     * Where a chart's series are named in a CSV: either as column headers ({@code columns}, wide
     * form: one column per series) or as the values of one key column ({@code keyColumn}, long
     * form, e.g. {@code scheme}), each shown in the legend after {@code labelPrefix} (e.g.
     * {@code "PPO seed "} for a {@code seed} column).
     */
    public record Source(String csv, String keyColumn, List<String> columns, String labelPrefix) {
        public Source {
            columns = List.copyOf(columns);
            labelPrefix = labelPrefix == null ? "" : labelPrefix;
        }
    }

    ChartRecord withSource(Source s) {
        return new ChartRecord(file, kind, title, xLabel, yLabel, legend, logY, width, height, legendBox, s);
    }

    /** A rectangle in image pixels. */
    public record Box(double x, double y, double width, double height) {}

    /** True when the legend box was measured and lies wholly inside the image. */
    public boolean legendInside() {
        return legendBox != null && legendBox.x() >= 0 && legendBox.y() >= 0
                && legendBox.x() + legendBox.width() <= width && legendBox.y() + legendBox.height() <= height;
    }
}
