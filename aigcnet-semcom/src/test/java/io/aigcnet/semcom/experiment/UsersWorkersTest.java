package io.aigcnet.semcom.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gsemcom-users trains its N values side by side; the worker count must change the wall time only. */
class UsersWorkersTest {

    @Test
    void oneWorkerAndThreeWorkersGiveTheSameResult(@TempDir Path tmp) throws Exception {
        Path one = Files.writeString(tmp.resolve("one.yaml"), "workers: 1\n");
        Path three = Files.writeString(tmp.resolve("three.yaml"), "workers: 3\n");
        ExperimentHarness.Run a = ExperimentHarness.run(new UsersExperiment(), 3, true, one);
        ExperimentHarness.Run b = ExperimentHarness.run(new UsersExperiment(), 3, true, three);
        for (String k : new String[] {"total_utility", "avg_utility_constrained", "weights"})
            assertThat(b.node(k)).as(k).isEqualTo(a.node(k));
        assertThat(a.number("total_utility.add_t5.2")).isFinite();
    }
}
