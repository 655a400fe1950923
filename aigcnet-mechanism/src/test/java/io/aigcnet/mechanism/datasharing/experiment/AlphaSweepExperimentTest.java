package io.aigcnet.mechanism.datasharing.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class AlphaSweepExperimentTest {

    @Test
    void quickRunShowsTheInvertedUAndRisingFrequencies() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new AlphaSweepExperiment(), 1);
        double peak = run.number("peak_alpha");
        assertThat(peak).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(run.node("inverted_u").asBoolean()).isTrue();
        assertThat(run.node("f_rises_with_alpha").asBoolean()).isTrue();
        double[] bs = run.numbers("optimal.bs_utility");
        double[] full = run.numbers("complete_info.bs_utility");
        for (int i = 0; i < bs.length; i++) assertThat(full[i]).isGreaterThanOrEqualTo(bs[i]);
        double[] dev = run.numbers("optimal.device_utility");
        for (double d : dev) assertThat(d).isBetween(0.0, 0.1);
        assertThat(run.dir().resolve("alpha_sweep.csv")).exists();
        assertThat(run.dir().resolve("bs_utility_vs_alpha.png")).exists();
    }

    @Test
    void pairedDifferenceByHand() {
        // differences 1, 3, 2, 6 -> mean 3, sample var = (4+0+1+9)/3 = 14/3, se = sqrt(14/3/4)
        double[] d = AlphaSweepExperiment.pairedDifference(new double[] {2, 4, 3, 7}, new double[] {1, 1, 1, 1}, 1);
        org.assertj.core.api.Assertions.assertThat(d).containsExactly(new double[] {3, Math.sqrt(14.0 / 12)},
                org.assertj.core.api.Assertions.within(1e-12));
        // as antithetic pairs: units (1+3)/2 = 2 and (2+6)/2 = 4 -> mean 3, var 2, se = 1
        double[] p = AlphaSweepExperiment.pairedDifference(new double[] {2, 4, 3, 7}, new double[] {1, 1, 1, 1}, 2);
        org.assertj.core.api.Assertions.assertThat(p).containsExactly(new double[] {3, 1}, org.assertj.core.api.Assertions.within(1e-12));
    }
}
