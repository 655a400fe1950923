package io.aigcnet.semcom.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.semcom.encode.Binarizer;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.pixel.HarmonicInpainting;
import io.aigcnet.semcom.pixel.Panels;
import io.aigcnet.semcom.pixel.RgbImage;
import io.aigcnet.semcom.pixel.Similarity;
import io.aigcnet.semcom.quality.QualityOracle;
import io.aigcnet.semcom.quality.SurrogateQualityOracle;
import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fig. 12 of G-SemCom: three ablations on case (a) "An old man is wearing an odd hat." and, for
 * clustering, over the image set: (a) without binarisation every pixel of every map is semantic;
 * (b) without dependency parsing the budget (20,000 px) goes to uniformly random pixels instead of the
 * importance-ordered packing; (c) without DBSCAN the noise and small clusters are sent too.
 */
public final class AblationExperiment implements Experiment {

    public record Config(int images, int quickImages, int size, int budgetPx, double nimaSd) implements Validated {
        public static Config defaults() { return new Config(1000, 8, 512, 20_000, 0.25); }

        @Override public void validate() {
            Checks.range("images", images, 1, 100_000);
            Checks.range("quick_images", quickImages, 1, 100_000);
            Checks.range("size", size, 64, 2048);
            Checks.range("budget_px", budgetPx, 1, (long) size * size);
            Checks.range("nima_sd", nimaSd, 0, 2);
        }
    }

    @Override public String id() { return "gsemcom-ablation"; }

    @Override public String title() { return "G-SemCom: ablation of binarisation, dependency parsing and clustering (Fig. 12)"; }

    @Override public String paperRef() { return "G-SemCom Fig. 12, Sec. VI-D"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int n = ctx.quick() ? cfg.quickImages() : cfg.images();
        List<Sample> samples = Sample.draw(n, cfg.size(), true, ctx.rng().stream("captions"), ctx.rng().stream("scenes"),
                ctx.rng().stream("traits"), cfg.nimaSd());
        QualityOracle oracle = new SurrogateQualityOracle();
        HarmonicInpainting dec = new HarmonicInpainting(25);
        Report rep = ctx.report();
        int full = cfg.size() * cfg.size();
        Sample a = samples.get(0);
        Encoding withBin = a.encode(Sample.MIXED);
        Encoding noBin = a.encode(Sample.MIXED.withBinarize(false));
        double reduction = 100 * (1 - (double) withBin.semanticPx() / full);
        ctx.result().put("binarisation.case_a_px", withBin.semanticPx());
        ctx.result().put("binarisation.without_px", noBin.semanticPx());
        ctx.result().put("binarisation.case_a_reduction_pct", reduction);
        rep.summary(String.format(Locale.ROOT, "Case (a) \"%s\" and %d images (the paper's four prompts first), %d-pixel side, "
                + "synthetic attention maps. NIMA from the %s (surrogate decisions are marked); SSIM measured on pixels "
                + "(classical inpainting, 5 steps).", a.caption(), n, cfg.size(), oracle.name()));
        rep.compare("(a) semantic pixels of case (a) with binarisation", String.valueOf(withBin.semanticPx()), "80,481", Report.Verdict.INFO,
                "synthetic maps");
        rep.compare("(a) reduction against the whole image (%)", String.format(Locale.ROOT, "%.1f", reduction), "69.3", Report.Verdict.INFO, "synthetic maps");
        rep.compare("(a) without binarisation every pixel is semantic", String.valueOf(noBin.semanticPx()), String.valueOf(full),
                Report.Verdict.of(noBin.semanticPx() == full));

        // (b) importance-ordered packing vs random pixels at the same budget
        UniformRandomProvider r = ctx.rng().stream("random-selection");
        BitSet ordered = withBin.sent(cfg.budgetPx());
        BitSet random = randomPixels(r, full, cfg.budgetPx());
        BitSet semantic = withBin.sent(Long.MAX_VALUE);
        BitSet hit = (BitSet) random.clone();
        hit.and(semantic);
        double fOrd = (double) ordered.cardinality() / withBin.semanticPx();
        double fRnd = (double) hit.cardinality() / withBin.semanticPx();
        double qOrd = oracle.recovered(fOrd, 0, a.traits()).nima(), qRnd = oracle.recovered(fRnd, 0, a.traits()).nima();
        RgbImage src = a.image();
        RgbImage recOrd = dec.decode(Panels.masked(src, ordered), ordered, a.prompt(), 5);
        RgbImage recRnd = dec.decode(Panels.masked(src, random), random, a.prompt(), 5);
        BitSet manRegion = manSegment(a, withBin);
        double sOrd = Similarity.ssim(src, recOrd, manRegion), sRnd = Similarity.ssim(src, recRnd, manRegion);
        ctx.result().put("parsing.nima_importance", qOrd);
        ctx.result().put("parsing.nima_random", qRnd);
        ctx.result().put("parsing.ssim_top_word_importance", sOrd);
        ctx.result().put("parsing.ssim_top_word_random", sRnd);
        ctx.result().put("parsing.importance", importanceOf(withBin));
        rep.compare("(b) NIMA with random pixels (20,000 px)", String.format(Locale.ROOT, "%.4f", qRnd), "4.9102",
                Report.Verdict.INFO, "surrogate: only random pixels inside S count as semantic");
        rep.compare("(b) NIMA with importance-ordered pixels (20,000 px)", String.format(Locale.ROOT, "%.4f", qOrd), "much higher",
                Report.Verdict.of(qOrd > qRnd), "decided by the surrogate");
        rep.compare("(b) SSIM inside the top word's segment: importance order vs random", String.format(Locale.ROOT, "%.3f vs %.3f", sOrd, sRnd),
                "importance order sharper", Report.Verdict.of(sOrd > sRnd), "measured on pixels");
        rep.compare("(b) importance s of (old, man, wearing, odd, hat)", java.util.Arrays.toString(round(importanceOf(withBin))),
                "[0.19, 0.25, 0.19, 0.18, 0.19]", Report.Verdict.INFO, "IoUs from synthetic maps");

        // (c) clustering over the image set
        double removed = 0, gain = 0, pxClustered = 0, pxUnclustered = 0, nimaClustered = 0, nimaUnclustered = 0;
        var rows = ctx.series("clustering", "image", "semantic_px_clustered", "semantic_px_unclustered", "nima_clustered", "nima_unclustered");
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(i);
            Encoding c = s.encode(Sample.MIXED), u = s.encode(Sample.MIXED.withCluster(false));
            int noise = u.semanticPx() - c.semanticPx();
            double qc = oracle.recovered(1, 0, s.traits()).nima();
            double qu = oracle.recovered(1, (double) noise / Math.max(1, u.semanticPx()), s.traits()).nima();
            removed += (double) noise / n;
            gain += (qc - qu) / n;
            rows.row(i, c.semanticPx(), u.semanticPx(), qc, qu);
            pxClustered += (double) c.semanticPx() / n;
            pxUnclustered += (double) u.semanticPx() / n;
            nimaClustered += qc / n;
            nimaUnclustered += qu / n;
        }
        ctx.result().put("clustering.bandwidth_reduction_px", removed);
        ctx.result().put("clustering.nima_gain", gain);
        rep.compare("(c) bandwidth removed by clustering, mean px per image", String.format(Locale.ROOT, "%.0f", removed), "6,182",
                Report.Verdict.INFO, "measured by the encoder on synthetic maps (their speckle noise is ours)");
        rep.compare("(c) NIMA gain from clustering", String.format(Locale.ROOT, "%.4f", gain), "0.0185", Report.Verdict.INFO,
                "surrogate: NIMA falls by 0.397 per unit share of noise pixels (calibrated on the paper's pair)");

        // the ablations as bars: each step kept ("with") beside it removed ("without")
        String binCat = "(a) binarisation, case (a)", parseCat = "(b) dependency parsing, case (a), " + cfg.budgetPx() + " px";
        String clusterCat = "(c) DBSCAN clustering, mean over " + n + " images";
        var pxCsv = ctx.series("ablation_bandwidth", "ablation", "semantic_px_with", "semantic_px_without");
        pxCsv.row(binCat, withBin.semanticPx(), noBin.semanticPx());
        pxCsv.row(clusterCat, pxClustered, pxUnclustered);
        Map<String, double[]> pxBars = new LinkedHashMap<>();
        pxBars.put("with the step (semantic_px_with)", new double[] {withBin.semanticPx(), pxClustered});
        pxBars.put("without it (semantic_px_without)", new double[] {noBin.semanticPx(), pxUnclustered});
        String pxChart = ctx.charts().bars("fig12_bandwidth", "Fig. 12: semantic pixels with and without each step", "ablation",
                "semantic pixels (px)", List.of(binCat, clusterCat), pxBars);
        ctx.charts().seriesFromColumns(pxChart, pxCsv, "semantic_px_with", "semantic_px_without");
        rep.image(pxChart, "Fig. 12 (a, c): semantic pixels, measured by the encoder");
        var qCsv = ctx.series("ablation_nima", "ablation", "nima_with", "nima_without");
        qCsv.row(parseCat, qOrd, qRnd);
        qCsv.row(clusterCat, nimaClustered, nimaUnclustered);
        Map<String, double[]> qBars = new LinkedHashMap<>();
        qBars.put("with the step (nima_with)", new double[] {qOrd, nimaClustered});
        qBars.put("without it (nima_without)", new double[] {qRnd, nimaUnclustered});
        String qChart = ctx.charts().bars("fig12_nima", "Fig. 12: NIMA with and without each step (surrogate)", "ablation",
                "NIMA score (1-10)", List.of(parseCat, clusterCat), qBars);
        ctx.charts().seriesFromColumns(qChart, qCsv, "nima_with", "nima_without");
        rep.image(qChart, "Fig. 12 (b, c): NIMA from the calibrated surrogate");

        // Fig. 12 panels for case (a)
        int w = cfg.size();
        BitSet allBin = new BitSet();
        allBin.set(0, full);
        int wearing = 4;
        BitSet wBin = Binarizer.binarize(a.maps().map(wearing), EncoderConfig.paper().xi().xi(a.prompt().token(wearing).pos()));
        BitSet wClean = io.aigcnet.semcom.encode.GridDbscan.clean(wBin, w, w, EncoderConfig.paper().dbscan());
        List<BufferedImage> row1 = List.of(Panels.binary(allBin, w, w), Panels.binary(semantic, w, w), Panels.masked(src, semantic).toBufferedImage());
        List<BufferedImage> row2 = List.of(Panels.masked(src, random).toBufferedImage(), recRnd.toBufferedImage(),
                Panels.masked(src, ordered).toBufferedImage(), recOrd.toBufferedImage());
        List<BufferedImage> row3 = List.of(Panels.binary(wBin, w, w), Panels.binary(wClean, w, w));
        BufferedImage fig = Panels.stack(List.of(
                Panels.strip(row1, List.of("(a) no binarisation", "with binarisation", "semantic pixels"), 200),
                Panels.strip(row2, List.of("(b) random 20k px", "recovered", "importance 20k px", "recovered"), 200),
                Panels.strip(row3, List.of("(c) [wearing] binary", "after DBSCAN"), 200)));
        Panels.write(fig, ctx.dir().resolve("fig12_ablation.png"));
        rep.image("fig12_ablation.png", "Fig. 12: ablations on case (a)");
    }

    static BitSet randomPixels(UniformRandomProvider r, int n, int k) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        BitSet out = new BitSet(n);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            out.set(idx[i]);
        }
        return out;
    }

    /** The segment of the most important word (packed first). */
    private static BitSet manSegment(Sample s, Encoding e) {
        return e.sent(e.segmentPx()[e.order()[0]]);
    }

    private static double[] importanceOf(Encoding e) {
        return java.util.Arrays.stream(e.prompt().keptIndices()).mapToDouble(i -> e.importance()[i]).toArray();
    }

    private static double[] round(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) o[i] = Math.round(v[i] * 100) / 100.0;
        return o;
    }
}
