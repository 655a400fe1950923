package io.aigcnet.core.chart;

import java.awt.geom.Rectangle2D;
import java.lang.reflect.Field;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.chartpart.Legend_;

/**
 * Reads where XChart painted a chart's legend. XChart computes the legend box while painting but
 * keeps the legend in a protected field and does not shrink or wrap it to the image, so a long
 * legend is silently cut off; {@link Charts} compares this box with the image and re-lays out.
 */
final class LegendProbe {
    private static final Field LEGEND = field(Chart.class, "legend");
    private static final Field X_OFFSET = field(Legend_.class, "xOffset");
    private static final Field Y_OFFSET = field(Legend_.class, "yOffset");

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another XChart version: no measurement, charts are still written
        }
    }

    private LegendProbe() {}

    /** The painted legend's box in image pixels, or null if it cannot be read. Call after painting. */
    static Rectangle2D bounds(Chart<?, ?> chart) {
        if (LEGEND == null || X_OFFSET == null || Y_OFFSET == null) return null;
        try {
            if (!(LEGEND.get(chart) instanceof Legend_<?, ?> legend)) return null;
            // getBounds() is the size only; the painted position is in xOffset/yOffset.
            Rectangle2D size = legend.getBounds();
            return new Rectangle2D.Double(X_OFFSET.getDouble(legend), Y_OFFSET.getDouble(legend), size.getWidth(), size.getHeight());
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
