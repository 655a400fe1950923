package io.aigcnet.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir Path dir;

    @Test
    void longLegendIsNeverClipped() throws Exception {
        Charts charts = new Charts(dir);
        List<Charts.Line> lines = new ArrayList<>();
        double[] t = {0, 1, 2, 3};
        for (int j = 0; j < 8; j++) lines.add(new Charts.Line("MASP " + j + " (" + (10 + 5 * j) + " diffusion steps)", t, new double[] {0.1, 0.2, 0.3, 0.4 + j / 100.0}));
        charts.line("rep", "Reputation", "time (s)", "reputation (0-1)", lines);
        ChartRecord r = charts.records().get(0);
        assertThat(r.legend()).hasSize(8).contains("MASP 0 (10 diffusion steps)", "MASP 7 (45 diffusion steps)");
        assertThat(r.legendBox()).as("legend measured").isNotNull();
        assertThat(r.legendInside()).as("legend " + r.legendBox() + " inside " + r.width() + "x" + r.height()).isTrue();
        BufferedImage img = ImageIO.read(dir.resolve("rep.png").toFile());
        assertThat(img.getWidth()).isEqualTo(r.width());
    }

    @Test
    void shortLegendStaysBelowThePlotAtTheUsualSize() {
        Charts charts = new Charts(dir);
        charts.line("a", "A", "x (s)", "y (m)", List.of(Charts.Line.of("one", new double[] {1, 2}), Charts.Line.of("two", new double[] {2, 1})));
        ChartRecord r = charts.records().get(0);
        assertThat(r.width()).isEqualTo(800);
        assertThat(r.height()).isEqualTo(500);
        assertThat(r.legendInside()).isTrue();
        assertThat(r.legendBox().y()).as("legend below the plot").isGreaterThan(250);
    }

    @Test
    void yAxisTurnsLogarithmicWhenSeriesSpanOrdersOfMagnitude() {
        Charts charts = new Charts(dir);
        double[] x = {5, 10, 15};
        charts.line("cost", "Cost", "MUs (count)", "cost (units)", List.of(new Charts.Line("proposed", x, new double[] {42, 45, 46}),
                new Charts.Line("token", x, new double[] {20_566, 22_962, 23_017}), new Charts.Line("onlyb", x, new double[] {6.5, 6.2, 6.3})));
        charts.line("flat", "Flat", "x (s)", "y (m)", List.of(new Charts.Line("a", x, new double[] {1, 2, 3})));
        charts.line("zero", "With zero", "x (s)", "y (m)", List.of(new Charts.Line("a", x, new double[] {0, 200, 3000})));
        Map<String, double[]> bars = new LinkedHashMap<>();
        bars.put("baseline", new double[] {1, 2});
        bars.put("ProSecutor", new double[] {300, 900});
        charts.bars("b", "Bars", "workload (TPS)", "throughput (TPS)", List.of("100", "200"), bars);
        assertThat(charts.records()).extracting(ChartRecord::logY).containsExactly(true, false, false, true);
    }

    @Test
    void paletteKeepsSchemesApartAndStable() {
        List<Color> a = Palette.assign(List.of("proposed", "ratio1", "ratio2", "token", "onlyf", "onlyb"));
        assertThat(a).doesNotHaveDuplicates();
        List<Color> b = Palette.assign(List.of("onlyb", "Proposed", "Token"));
        assertThat(b).containsExactly(a.get(5), a.get(0), a.get(3));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < Palette.ORDER.size(); i++) many.add("s" + i);
        assertThat(Palette.assign(many)).doesNotHaveDuplicates();
        // every pair of palette colours differs clearly (RGB distance), so no two series look alike
        for (int i = 0; i < Palette.ORDER.size(); i++)
            for (int j = i + 1; j < Palette.ORDER.size(); j++)
                assertThat(distance(Palette.ORDER.get(i), Palette.ORDER.get(j))).as(i + " vs " + j).isGreaterThan(60);
    }

    private static double distance(Color p, Color q) {
        int dr = p.getRed() - q.getRed(), dg = p.getGreen() - q.getGreen(), db = p.getBlue() - q.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
