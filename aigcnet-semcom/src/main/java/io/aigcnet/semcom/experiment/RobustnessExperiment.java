package io.aigcnet.semcom.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.pixel.HarmonicInpainting;
import io.aigcnet.semcom.pixel.RgbImage;
import io.aigcnet.semcom.quality.QualityOracle;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.util.List;
import java.util.Locale;

/**
 * Fig. 10 of G-SemCom: NIMA against the number of pixels received before the link breaks. G-SemCom
 * sends its packed list in order, so any prefix is usable (surrogate NIMA of the delivered share);
 * traditional delivery scores 0 until the whole image has arrived. SSIM on real pixels for prefixes is
 * measured beside it on a subset of images.
 */
public final class RobustnessExperiment implements Experiment {

    public record Config(int images, int quickImages, int size, int quickSize, int points, int quickPoints, int pixelImages,
                         int quickPixelImages, double nimaSd) implements Validated {
        public static Config defaults() { return new Config(1000, 12, 512, 256, 27, 9, 10, 2, 0.25); }

        @Override public void validate() {
            Checks.range("images", images, 1, 100_000);
            Checks.range("quick_images", quickImages, 1, 100_000);
            Checks.range("size", size, 64, 2048);
            Checks.range("points", points, 3, 1000);
            Checks.range("quick_points", quickPoints, 3, 1000);
            Checks.range("quick_size", quickSize, 64, 2048);
            Checks.range("pixel_images", pixelImages, 0, images);
            Checks.range("quick_pixel_images", quickPixelImages, 0, quickImages);
            Checks.range("nima_sd", nimaSd, 0, 2);
        }
    }

    @Override public String id() { return "gsemcom-robustness"; }

    @Override public String title() { return "G-SemCom: NIMA against pixels received when the link breaks (Fig. 10)"; }

    @Override public String paperRef() { return "G-SemCom Fig. 10, Sec. VI-C"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int n = ctx.quick() ? cfg.quickImages() : cfg.images();
        int nPix = ctx.quick() ? cfg.quickPixelImages() : cfg.pixelImages();
        int size = ctx.quick() ? cfg.quickSize() : cfg.size();
        int points = ctx.quick() ? cfg.quickPoints() : cfg.points();
        List<Sample> samples = Sample.draw(n, size, false, ctx.rng().stream("captions"), ctx.rng().stream("scenes"),
                ctx.rng().stream("traits"), cfg.nimaSd());
        QualityOracle oracle = new SurrogateQualityOracle();
        int full = size * size;
        double[] grid = new double[points + 1];
        for (int k = 0; k < grid.length; k++) grid[k] = Math.round((double) full * k / points);
        // the paper's probe point
        double[] g = java.util.Arrays.copyOf(grid, grid.length + 1);
        g[grid.length] = 20_000;
        java.util.Arrays.sort(g);
        grid = java.util.Arrays.stream(g).distinct().toArray();
        double[] gs = new double[grid.length], tr = new double[grid.length], ss = new double[grid.length];
        Encoding[] enc = new Encoding[n];
        for (int i = 0; i < n; i++) enc[i] = samples.get(i).encode(Sample.MIXED);
        double local = 0;
        for (int i = 0; i < n; i++) local += oracle.recovered(0, 0, samples.get(i).traits()).nima() / n;
        HarmonicInpainting dec = new HarmonicInpainting(25);
        RgbImage[] img = new RgbImage[nPix];
        for (int i = 0; i < nPix; i++) img[i] = samples.get(i).image();
        var series = ctx.series("fig10", "pixels_received", "nima_gsemcom", "nima_traditional", "ssim_gsemcom");
        for (int k = 0; k < grid.length; k++) {
            double px = grid[k];
            for (int i = 0; i < n; i++) {
                Sample s = samples.get(i);
                double f = Math.min(px, enc[i].semanticPx()) / Math.max(1.0, enc[i].semanticPx());
                gs[k] += oracle.recovered(f, 0, s.traits()).nima() / n;
                tr[k] += (px >= full ? oracle.fullImage(s.traits()).nima() : 0) / n;
            }
            for (int i = 0; i < nPix; i++)
                ss[k] += ParadigmsExperiment.recoveredSsim(dec, img[i], enc[i].sent((long) px), samples.get(i), 5) / nPix;
            series.row((long) px, gs[k], tr[k], nPix > 0 ? ss[k] : Double.NaN);
        }
        int at20k = java.util.Arrays.binarySearch(grid, 20_000);
        ctx.result().put("nima_at_20000_px.gsemcom", gs[at20k]);
        ctx.result().put("nima_at_20000_px.traditional", tr[at20k]);
        ctx.result().put("nima.local", local);
        ctx.result().put("pixels_received", grid);
        ctx.result().put("nima.gsemcom", gs);
        ctx.result().put("nima.traditional", tr);
        if (nPix > 0) ctx.result().put("ssim.gsemcom", ss);
        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "%d images of %d pixels a side; NIMA from the %s (so the curve's shape is the surrogate's); the "
                + "received prefix is the encoder's exact packing order. SSIM for prefixes (classical inpainting, 5 steps) "
                + "measured on %d images.", n, size, oracle.name(), nPix));
        rep.compare("G-SemCom NIMA with 20,000 px received", String.format(Locale.ROOT, "%.4f", gs[at20k]), "5.1390",
                Report.Verdict.INFO, "surrogate calibration point");
        rep.compare("G-SemCom at 20,000 px scores above local AIGC", String.format(Locale.ROOT, "%.4f > %.4f", gs[at20k], local),
                "5.1390 > 5.1301", Report.Verdict.of(gs[at20k] > local), "decided by the surrogate");
        boolean zero = true;
        for (int k = 0; k < grid.length; k++) if (grid[k] < full && tr[k] != 0) zero = false;
        rep.compare("traditional delivery is 0 until the image is complete", String.valueOf(zero), "true", Report.Verdict.of(zero));
        String nimaChart = ctx.charts().line("fig10_nima", "Fig. 10: NIMA vs pixels received", "pixels received (px)",
                "NIMA score (1-10; 0 = unusable)", List.of(new Charts.Line("G-SemCom, surrogate (nima_gsemcom)", grid, gs),
                        new Charts.Line("traditional (nima_traditional)", grid, tr)));
        ctx.charts().seriesFromColumns(nimaChart, series, "nima_gsemcom", "nima_traditional");
        rep.image(nimaChart, "Fig. 10");
        if (nPix > 0) {
            String ssimChart = ctx.charts().line("fig10_ssim", "Fig. 10 (pixels): SSIM vs pixels received", "pixels received (px)",
                    "SSIM (1 = identical)", List.of(new Charts.Line("G-SemCom, classical inpainting (ssim_gsemcom)", grid, ss)));
            ctx.charts().seriesFromColumns(ssimChart, series, "ssim_gsemcom");
            rep.image(ssimChart, "SSIM measured on pixels");
        }
    }
}
