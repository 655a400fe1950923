package io.aigcnet.semcom.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.experiment.ExperimentHarness;
import io.aigcnet.semcom.experiment.DecoderStepsExperiment;
import io.aigcnet.semcom.pixel.RgbImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ONNX adapters on small models built in the test (real ONNX Runtime sessions, no downloaded weights): a
 * NIMA-shaped head (mean colour → 10-way softmax) and a DreamSim-shaped embedder (mean colour), checked against
 * hand-computed values.
 */
class OnnxModelsTest {
    @TempDir Path dir;

    private static RgbImage flat(int w, int h, float r, float g, float b) {
        RgbImage img = RgbImage.blank(w, h);
        Arrays.fill(img.rgb()[0], r);
        Arrays.fill(img.rgb()[1], g);
        Arrays.fill(img.rgb()[2], b);
        return img;
    }

    private static final float[] W = new float[30];

    static {
        for (int c = 0; c < 3; c++) for (int k = 0; k < 10; k++) W[c * 10 + k] = (c + 1) * (k - 4.5f) / 10f;
    }

    /** x [1,3,8,8] → ReduceMean over h, w → [1,3] → MatMul W [3,10] → Softmax. */
    private Path nimaModel() throws Exception {
        OnnxBytes g = new OnnxBytes()
                .message(1, OnnxBytes.node("ReduceMean", new String[] {"x"}, "m", OnnxBytes.intsAttribute("axes", 2, 3),
                        OnnxBytes.intAttribute("keepdims", 0)))
                .message(1, OnnxBytes.node("MatMul", new String[] {"m", "W"}, "z"))
                .message(1, OnnxBytes.node("Softmax", new String[] {"z"}, "p", OnnxBytes.intAttribute("axis", 1)))
                .string(2, "nima-like")
                .message(5, OnnxBytes.initializer("W", W, 3, 10))
                .message(11, OnnxBytes.floatTensor("x", 1, 3, 8, 8))
                .message(12, OnnxBytes.floatTensor("p", 1, 10));
        Path p = dir.resolve("nima.onnx");
        Files.write(p, OnnxBytes.model(g));
        return p;
    }

    /** x [1,h,w,3] (channels last, dynamic size) → ReduceMean over h, w → embedding [1,3]. */
    private Path embedderModel() throws Exception {
        OnnxBytes g = new OnnxBytes()
                .message(1, OnnxBytes.node("ReduceMean", new String[] {"x"}, "e", OnnxBytes.intsAttribute("axes", 1, 2),
                        OnnxBytes.intAttribute("keepdims", 0)))
                .string(2, "embedder")
                .message(11, OnnxBytes.floatTensor("x", 1, 0, 0, 3))
                .message(12, OnnxBytes.floatTensor("e", 1, 3));
        Path p = dir.resolve("embed.onnx");
        Files.write(p, OnnxBytes.model(g));
        return p;
    }

    @Test
    void nimaAdapterGivesEquationSixteenOfTheModelsSoftmax() throws Exception {
        float r = 0.8f, gr = 0.2f, b = 0.6f;
        try (OnnxNima nima = new OnnxNima(nimaModel(), Preprocess.mobileNet())) {
            NimaScore s = nima.score(flat(32, 20, r, gr, b));
            // by hand: MobileNet scaling (v − 0.5)/0.5, mean over a flat image is the value, then z = m·W, softmax
            double[] m = {(r - 0.5) / 0.5, (gr - 0.5) / 0.5, (b - 0.5) / 0.5};
            double[] z = new double[10];
            double zmax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 10; k++) {
                for (int c = 0; c < 3; c++) z[k] += m[c] * W[c * 10 + k];
                zmax = Math.max(zmax, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < 10; k++) sum += Math.exp(z[k] - zmax);
            double mu = 0, var = 0;
            for (int k = 0; k < 10; k++) mu += (k + 1) * Math.exp(z[k] - zmax) / sum;
            for (int k = 0; k < 10; k++) var += (k + 1 - mu) * (k + 1 - mu) * Math.exp(z[k] - zmax) / sum;
            assertThat(s.mean()).isCloseTo(mu, within(1e-5));
            assertThat(s.sd()).isCloseTo(Math.sqrt(var), within(1e-5));
            assertThat(Arrays.stream(s.probabilities()).sum()).isCloseTo(1, within(1e-9));
            assertThat(nima.name()).contains("ONNX").contains("nima.onnx");
        }
    }

    @Test
    void dreamSimAdapterIsOneMinusCosineOfTheEmbeddings() throws Exception {
        try (OnnxDreamSim ds = new OnnxDreamSim(embedderModel(), Preprocess.unit())) {
            RgbImage a = flat(16, 16, 1, 0, 0), b = flat(40, 30, 1, 1, 0);
            // by hand: embeddings (1, 0, 0) and (1, 1, 0), cos = 1/√2
            assertThat(ds.distance(a, b)).isCloseTo(1 - 1 / Math.sqrt(2), within(1e-6));
            assertThat(ds.distance(a, a)).isCloseTo(0, within(1e-6));
            assertThat(ds.against(a).applyAsDouble(b)).isCloseTo(ds.distance(a, b), within(1e-12));
        }
    }

    @Test
    void bilinearResizeMatchesPixelCentreInterpolationByHand() {
        RgbImage img = RgbImage.blank(2, 1);
        img.rgb()[0][0] = 0;
        img.rgb()[0][1] = 1;
        float[] t = Preprocess.unit().tensor(img, 1, 4, false);
        // x = 0..3 map to source −0.25 (clamped), 0.25, 0.75, 1.25 (clamped)
        assertThat(Arrays.copyOf(t, 4)).containsExactly(0f, 0.25f, 0.75f, 1f);
        float[] last = Preprocess.unit().tensor(img, 1, 4, true);
        assertThat(last[3]).isEqualTo(0.25f); // channels last: pixel 1, channel 0
    }

    @Test
    void badModelsAndSettingsAreRefusedWithTheirNames() throws Exception {
        Path missing = dir.resolve("nope.onnx");
        assertThatThrownBy(() -> new OnnxNima(missing, Preprocess.mobileNet())).hasMessageContaining("nope.onnx");
        Path junk = dir.resolve("junk.onnx");
        Files.writeString(junk, "not a model");
        assertThatThrownBy(() -> new OnnxDreamSim(junk, Preprocess.unit())).hasMessageContaining("junk.onnx")
                .hasMessageContaining("ONNX Runtime");
        assertThatThrownBy(() -> QualityModels.from(Map.of(QualityModels.NIMA_ENV, missing.toString())))
                .hasMessageContaining(QualityModels.NIMA_ENV).hasMessageContaining("nope.onnx");
        assertThat(QualityModels.from(Map.of()).any()).isFalse();
        try (QualityModels q = QualityModels.from(Map.of(QualityModels.DREAMSIM_ENV, embedderModel().toString()))) {
            assertThat(q.dreamSim()).isPresent();
            assertThat(q.nima()).isEmpty();
        }
        assertThatThrownBy(() -> NimaScore.of(new float[] {1, 2})).hasMessageContaining("10");
        assertThatThrownBy(() -> NimaScore.of(new float[] {-1, 0, 0, 0, 0, 0, 0, 0, 0, 2})).hasMessageContaining("softmax");
    }

    /** gsemcom-decoder-steps scores its decoded pixels with the configured models, and says so when there are none. */
    @Test
    void decoderStepsExperimentUsesConfiguredModels() throws Exception {
        var without = ExperimentHarness.runQuick(new DecoderStepsExperiment(), 1);
        assertThat(without.node("real_models").asText()).isEqualTo("none");
        System.setProperty(QualityModels.NIMA_ENV, nimaModel().toString());
        System.setProperty(QualityModels.DREAMSIM_ENV, embedderModel().toString());
        try {
            var with = ExperimentHarness.runQuick(new DecoderStepsExperiment(), 1);
            assertThat(with.node("real_models").asText()).contains("nima.onnx").contains("embed.onnx");
            assertThat(with.number("nima_model.mixed.steps_1")).isBetween(1.0, 10.0);
            assertThat(with.number("dreamsim_model.mixed.steps_7")).isBetween(0.0, 2.0);
            assertThat(Files.readString(with.dir().resolve("report.md"))).contains("Real NIMA and DreamSim").contains("nima.onnx");
        } finally {
            System.clearProperty(QualityModels.NIMA_ENV);
            System.clearProperty(QualityModels.DREAMSIM_ENV);
        }
    }

    /** A PNG read back, scored by both models: JPSQ eq. (17) = (1 − D)·ln(1.25·μ/4.9827) with t_max = 1. */
    @Test
    void imageScoreReadsFilesAndCombinesBothModels() throws Exception {
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        javax.imageio.ImageIO.write(flat(8, 8, 1, 0, 0).toBufferedImage(), "png", a.toFile());
        javax.imageio.ImageIO.write(flat(8, 8, 1, 1, 0).toBufferedImage(), "png", b.toFile());
        System.setProperty(QualityModels.NIMA_ENV, nimaModel().toString());
        System.setProperty(QualityModels.DREAMSIM_ENV, embedderModel().toString());
        try (QualityModels q = QualityModels.fromEnvironment()) {
            ImageScore s = ImageScore.of(q, ImageScore.read(b), ImageScore.read(a));
            assertThat(s.dreamSim()).isCloseTo(1 - 1 / Math.sqrt(2), within(1e-6));
            assertThat(s.jpsq()).isCloseTo((1 - s.dreamSim()) * Math.log(1.25 * s.nima().mean() / 4.9827), within(1e-9));
            ImageScore alone = ImageScore.of(q, ImageScore.read(b), null);
            assertThat(alone.dreamSim()).isNull();
            assertThat(alone.jpsq()).isNull();
        } finally {
            System.clearProperty(QualityModels.NIMA_ENV);
            System.clearProperty(QualityModels.DREAMSIM_ENV);
        }
        Path text = dir.resolve("t.png");
        Files.writeString(text, "x");
        assertThatThrownBy(() -> ImageScore.read(text)).hasMessageContaining("t.png");
    }
}
