package io.aigcnet.semcom.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentContext;
import io.aigcnet.core.report.Report;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.pixel.HarmonicInpainting;
import io.aigcnet.semcom.pixel.Panels;
import io.aigcnet.semcom.pixel.RgbImage;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Table IV of G-SemCom as measured here: thread CPU time and allocated heap of the MASP's side (drawing
 * the attention maps and the source image, then Algorithm 1) against the user's side (5-step decoding),
 * in our implementation. The paper measures Stable Diffusion and SD-inpainting on a GPU; only the
 * split of work, not the values, is comparable. Not deterministic: it times the machine.
 */
public final class CostExperiment implements Experiment {

    public record Config(int images, int quickImages, int size, int decoderSteps) implements Validated {
        public static Config defaults() { return new Config(20, 3, 512, 5); }

        @Override public void validate() {
            Checks.range("images", images, 1, 10_000);
            Checks.range("quick_images", quickImages, 1, 10_000);
            Checks.range("size", size, 64, 2048);
            Checks.range("decoder_steps", decoderSteps, 1, 100);
        }
    }

    @Override public String id() { return "gsemcom-cost"; }

    @Override public String title() { return "G-SemCom: CPU time and memory of MASP encoding vs user decoding (Table IV, our implementation)"; }

    @Override public String paperRef() { return "G-SemCom Table IV, Sec. VI-C"; }

    @Override
    public void run(ExperimentContext ctx) {
        Config cfg = ctx.config(Config.class, Config.defaults());
        int n = ctx.quick() ? cfg.quickImages() : cfg.images();
        List<Sample> samples = Sample.draw(n + 1, cfg.size(), true, ctx.rng().stream("captions"), ctx.rng().stream("scenes"),
                ctx.rng().stream("traits"), 0.25);
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        HarmonicInpainting dec = new HarmonicInpainting(25);
        double maspCpu = 0, userCpu = 0, maspMb = 0, userMb = 0;
        List<String> imageIds = new java.util.ArrayList<>();
        double[][] perImage = new double[4][n]; // MASP CPU s, user CPU s, MASP MB, user MB
        var rows = ctx.series("cost", "image", "masp_cpu_s", "masp_alloc_mb", "user_cpu_s", "user_alloc_mb");
        for (int i = 0; i <= n; i++) { // image 0 warms up the JIT and is not counted
            Sample s = samples.get(i);
            long c0 = bean.getCurrentThreadCpuTime(), a0 = bean.getThreadAllocatedBytes(tid);
            var maps = SyntheticScenes.render(s.scene(), cfg.size());
            RgbImage src = io.aigcnet.semcom.pixel.SceneRenderer.render(s.scene(), cfg.size());
            Encoding e = new io.aigcnet.semcom.encode.SemanticEncoder(Sample.MIXED).encode(s.prompt(), maps);
            RgbImage masked = Panels.masked(src, e.sent(Long.MAX_VALUE));
            long c1 = bean.getCurrentThreadCpuTime(), a1 = bean.getThreadAllocatedBytes(tid);
            dec.decode(masked, e.sent(Long.MAX_VALUE), s.prompt(), cfg.decoderSteps());
            long c2 = bean.getCurrentThreadCpuTime(), a2 = bean.getThreadAllocatedBytes(tid);
            if (i == 0) continue;
            double mc = (c1 - c0) / 1e9, uc = (c2 - c1) / 1e9, ma = (a1 - a0) / 1e6, ua = (a2 - a1) / 1e6;
            rows.row(i, mc, ma, uc, ua);
            imageIds.add("image " + i);
            perImage[0][i - 1] = mc;
            perImage[1][i - 1] = uc;
            perImage[2][i - 1] = ma;
            perImage[3][i - 1] = ua;
            maspCpu += mc / n;
            userCpu += uc / n;
            maspMb += ma / n;
            userMb += ua / n;
        }
        ctx.result().put("masp.cpu_s", maspCpu);
        ctx.result().put("masp.alloc_mb", maspMb);
        ctx.result().put("user.cpu_s", userCpu);
        ctx.result().put("user.alloc_mb", userMb);
        ctx.result().put("user_over_masp.cpu", userCpu / maspCpu);
        ctx.result().put("user_over_masp.alloc", userMb / maspMb);
        Report rep = ctx.report();
        rep.summary(String.format(Locale.ROOT, "Mean over %d images of %dx%d pixels, one thread, after one warm-up image. MASP: "
                + "synthetic attention maps and source image, then Algorithm 1 (the paper's MASP runs Stable Diffusion, whose "
                + "attention maps are by-products). User: %s, %d steps. Memory is heap allocated by the thread (the paper "
                + "reports GPU memory).", n, cfg.size(), cfg.size(), dec.name(), cfg.decoderSteps()));
        rep.compare("user / MASP CPU time", String.format(Locale.ROOT, "%.1f%% (%.3f s vs %.3f s)", 100 * userCpu / maspCpu, userCpu, maspCpu),
                "36.8% (1.170 s vs 3.181 s)", Report.Verdict.INFO, "different models and hardware");
        rep.compare("user / MASP memory", String.format(Locale.ROOT, "%.1f%% (%.0f MB vs %.0f MB allocated)", 100 * userMb / maspMb, userMb, maspMb),
                "49.9% (3919 MB vs 7846 MB GPU)", Report.Verdict.INFO, "heap allocation vs GPU memory");
        // the per-image measurements of cost.csv, MASP side beside user side
        Map<String, double[]> cpu = new LinkedHashMap<>();
        cpu.put("MASP encoding (masp_cpu_s)", perImage[0]);
        cpu.put("user decoding (user_cpu_s)", perImage[1]);
        String cpuChart = ctx.charts().bars("cost_cpu", "Table IV (our implementation): CPU time per image", "image",
                "thread CPU time (s)", imageIds, cpu);
        ctx.charts().seriesFromColumns(cpuChart, rows, "masp_cpu_s", "user_cpu_s");
        rep.image(cpuChart, "CPU time of the MASP's side and the user's side, per image (machine-dependent)");
        Map<String, double[]> mem = new LinkedHashMap<>();
        mem.put("MASP encoding (masp_alloc_mb)", perImage[2]);
        mem.put("user decoding (user_alloc_mb)", perImage[3]);
        String memChart = ctx.charts().bars("cost_memory", "Table IV (our implementation): heap allocated per image", "image",
                "heap allocated by the thread (MB)", imageIds, mem);
        ctx.charts().seriesFromColumns(memChart, rows, "masp_alloc_mb", "user_alloc_mb");
        rep.image(memChart, "Heap allocated on the MASP's side and the user's side, per image");
    }
}
