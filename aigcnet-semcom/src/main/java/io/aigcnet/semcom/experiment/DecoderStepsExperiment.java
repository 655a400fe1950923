package io.aigcnet.semcom.experiment;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.metric.QualityModels;
import io.aigcnet.semcom.pixel.HarmonicInpainting;
import io.aigcnet.semcom.pixel.RgbImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fig. 11 of G-SemCom: recovered quality against the number of user-side decoder steps, for the
 * three ξ schemes with the whole semantic information delivered. The surrogate oracle has no step
 * dependence, so this figure is measured only on pixels: SSIM of the classical inpainting decoder.
 */
public final class DecoderStepsExperiment implements Experiment {

    public record Config(int images, int quickImages, int size, int quickSize, int maxSteps, int quickMaxSteps, int sweepsPerStep) implements Validated {
        public static Config defaults() { return new Config(20, 2, 512, 128, 10, 7, 25); }

        @Override public void validate() {
            Checks.range("images", images, 1, 10_000);
            Checks.range("quick_images", quickImages, 1, 10_000);
            Checks.range("size", size, 64, 2048);
            Checks.range("quick_size", quickSize, 64, 2048);
            Checks.range("max_steps", maxSteps, 7, 100);
            Checks.range("quick_max_steps", quickMaxSteps, 7, 100);
            Checks.range("sweeps_per_step", sweepsPerStep, 1, 10_000);
        }
    }

    @Override public String id() { return "gsemcom-decoder-steps"; }

    @Override public String title() { return "G-SemCom: recovered quality against decoder steps (Fig. 11), measured on pixels"; }

    @Override public String paperRef() { return "G-SemCom Fig. 11, Sec. VI-C"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int n = ctx.quick() ? cfg.quickImages() : cfg.images();
        int maxSteps = ctx.quick() ? cfg.quickMaxSteps() : cfg.maxSteps();
        List<Sample> samples = Sample.draw(n, ctx.quick() ? cfg.quickSize() : cfg.size(), true, ctx.rng().stream("captions"), ctx.rng().stream("scenes"),
                ctx.rng().stream("traits"), 0.25);
        HarmonicInpainting dec = new HarmonicInpainting(cfg.sweepsPerStep());
        String[] names = {"mixed", "0.8", "0.5"};
        EncoderConfig[] cfgs = {Sample.MIXED, Sample.XI_08, Sample.XI_05};
        double[] steps = new double[maxSteps];
        for (int k = 0; k < maxSteps; k++) steps[k] = k + 1;
        double[][] ssim = new double[3][maxSteps];
        double[][] nima = new double[3][maxSteps];
        double[][] dreamSim = new double[3][maxSteps];
        var series = ctx.series("fig11", "scheme", "steps", "ssim");
        try (QualityModels models = QualityModels.fromEnvironment()) {
            for (Sample s : samples) {
                RgbImage src = s.image();
                var toSource = models.dreamSim().map(m -> m.against(src)).orElse(null);
                for (int c = 0; c < 3; c++) {
                    var known = s.encode(cfgs[c]).sent(Long.MAX_VALUE);
                    final int cc = c;
                    dec.decodeEachStep(io.aigcnet.semcom.pixel.Panels.masked(src, known), known, maxSteps, (k, img) -> {
                        ssim[cc][k - 1] += io.aigcnet.semcom.pixel.Similarity.ssim(src, img, null) / n;
                        models.nima().ifPresent(m -> nima[cc][k - 1] += m.score(img).mean() / n);
                        if (toSource != null) dreamSim[cc][k - 1] += toSource.applyAsDouble(img) / n;
                    });
                }
            }
            reportModels(ctx, models, names, nima, dreamSim, maxSteps);
        }
        List<Charts.Line> lines = new ArrayList<>();
        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "%d images, all semantic pixels delivered, decoded by %s for 1..%d steps; SSIM "
                + "(luma, 8x8 windows) against the synthetic source, measured on pixels. The paper's decoder is diffusion "
                + "inpainting scored by NIMA; the shape, not the values, is comparable.", n, dec.name(), maxSteps));
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < maxSteps; k++) {
                ctx.result().put("ssim." + names[c].replace(".", "_") + ".steps_" + (k + 1), ssim[c][k]);
                series.row(names[c], k + 1, ssim[c][k]);
            }
            lines.add(new Charts.Line("xi " + names[c], steps, ssim[c]));
            double early = ssim[c][2] - ssim[c][0], late = ssim[c][6] - ssim[c][4];
            rep.compare("ξ " + names[c] + ": gain over steps 1→3 exceeds gain over steps 5→7",
                    String.format(Locale.ROOT, "%.4f vs %.4f", early, late), "gains not linear; 5–7 steps satisfying",
                    Report.Verdict.of(early > late), "measured on pixels");
        }
        String chart = ctx.charts().line("fig11_steps", "Fig. 11: quality vs decoder steps", "decoder steps (count)", "SSIM (1 = identical)", lines);
        ctx.charts().seriesFromKey(chart, series, "scheme", "xi ");
        rep.image(chart, "Fig. 11");
    }

    /** Real NIMA and DreamSim on the decoded pixels, when ONNX models are configured (QualityModels); otherwise a note. */
    private static void reportModels(ExperimentContext ctx, QualityModels models, String[] names, double[][] nima,
                                     double[][] dreamSim, int maxSteps) {
        if (!models.any()) {
            ctx.result().put("real_models", "none");
            ctx.report().section("Real NIMA and DreamSim", "Not run: no model files configured. Set " + QualityModels.NIMA_ENV
                    + " and/or " + QualityModels.DREAMSIM_ENV + " to local ONNX exports to score these decoded images with them.");
            return;
        }
        StringBuilder t = new StringBuilder("| scheme | steps | NIMA mean | DreamSim distance |\n|---|---|---|---|\n");
        for (int c = 0; c < names.length; c++) {
            for (int k = 0; k < maxSteps; k++) {
                String key = names[c].replace(".", "_") + ".steps_" + (k + 1);
                if (models.nima().isPresent()) ctx.result().put("nima_model." + key, nima[c][k]);
                if (models.dreamSim().isPresent()) ctx.result().put("dreamsim_model." + key, dreamSim[c][k]);
                t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", names[c], k + 1,
                        models.nima().isPresent() ? String.format(Locale.ROOT, "%.4f", nima[c][k]) : "-",
                        models.dreamSim().isPresent() ? String.format(Locale.ROOT, "%.4f", dreamSim[c][k]) : "-"));
            }
        }
        String used = (models.nima().map(m -> m.name()).orElse("") + " " + models.dreamSim().map(m -> m.name()).orElse("")).trim();
        ctx.result().put("real_models", used);
        ctx.report().section("Real NIMA and DreamSim", "Scored with " + used + " on the same decoded images.\n\n" + t);
    }
}
