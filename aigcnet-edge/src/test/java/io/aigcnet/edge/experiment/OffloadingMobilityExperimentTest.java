package io.aigcnet.edge.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import org.junit.jupiter.api.Test;

class OffloadingMobilityExperimentTest {
    @Test void quickRunCoversEveryPolicyAndStaticUsersNeverFailAtHandover() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new OffloadingMobilityExperiment(), 1);
        for (String p : OffloadingMobilityExperiment.POLICIES) {
            assertThat(run.number("completion_ratio." + p + ".speed_0.load_50")).isBetween(0.0, 1.0);
            assertThat(run.number("completion_ratio." + p + ".speed_15.load_300")).isBetween(0.0, 1.0);
        }
        // local can only run the two phone-sized models, so it completes less than the cloud
        assertThat(run.number("completion_ratio.local.speed_0.load_50")).isLessThan(run.number("completion_ratio.cloud.speed_0.load_50"));
        assertThat(run.dir().resolve("offloading_mobility.csv")).exists();
        assertThat(run.dir().resolve("completion_vs_speed.png")).exists();
    }
}
