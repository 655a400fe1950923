package io.aigcnet.semcom.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Quick forms of the encoding-side experiments (Figs. 8–12, Table IV). */
class EncodingExperimentsTest {

    @Test
    void paradigms() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new ParadigmsExperiment(), 1);
        double b8 = r.number("bandwidth_px.gsemcom_0.8");

        assertThat(r.node("bandwidth_px").get("traditional").asDouble()).isEqualTo(512.0 * 512);
        double mixed = r.node("bandwidth_px").get("gsemcom_mixed").asDouble();
        assertThat(r.number("bandwidth_px.gsemcom_0.8")).isLessThanOrEqualTo(mixed);
        assertThat(mixed).isLessThanOrEqualTo(r.number("bandwidth_px.gsemcom_0.5"));
        assertThat(r.number("bandwidth_saving_pct")).isBetween(0.0, 100.0);
        assertThat(r.number("nima_drop")).isCloseTo(0.0299, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.node("nima").get("local").asDouble()).isLessThan(mixed > 0 ? r.node("nima").get("gsemcom_mixed").asDouble() : 99);
        assertThat(Files.exists(r.dir().resolve("fig8_case_a.png"))).isTrue();
        assertThat(Files.exists(r.dir().resolve("fig9_bandwidth.png"))).isTrue();
        assertThat(Files.readString(r.dir().resolve("report.md"))).contains("surrogate");
        assertThat(b8).isPositive();
    }

    @Test
    void robustness() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new RobustnessExperiment(), 1);
        assertThat(r.number("nima_at_20000_px.gsemcom")).isGreaterThan(r.number("nima.local"));
        assertThat(r.number("nima_at_20000_px.traditional")).isZero();
        double[] tr = r.numbers("nima.traditional");
        assertThat(tr[tr.length - 1]).isPositive();
    }

    @Test
    void decoderSteps() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new DecoderStepsExperiment(), 1);
        assertThat(r.node("ssim").get("mixed").get("steps_1").asDouble()).isBetween(0.0, 1.0);
        assertThat(Files.exists(r.dir().resolve("fig11_steps.png"))).isTrue();
    }

    @Test
    void cost() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new CostExperiment(), 1);
        assertThat(r.number("masp.cpu_s")).isPositive();
        assertThat(r.number("user.cpu_s")).isPositive();
        assertThat(r.number("user_over_masp.cpu")).isPositive();
    }

    @Test
    void ablation() throws Exception {
        ExperimentHarness.Run r = ExperimentHarness.runQuick(new AblationExperiment(), 1);
        assertThat(r.number("binarisation.without_px")).isEqualTo(512.0 * 512);
        assertThat(r.number("binarisation.case_a_px")).isLessThan(512.0 * 512);
        assertThat(r.number("clustering.bandwidth_reduction_px")).isGreaterThanOrEqualTo(0);
        assertThat(r.number("clustering.nima_gain")).isGreaterThanOrEqualTo(0);
        assertThat(r.number("parsing.nima_importance")).isGreaterThan(r.number("parsing.nima_random"));
        assertThat(Files.exists(r.dir().resolve("fig12_ablation.png"))).isTrue();
    }
}
