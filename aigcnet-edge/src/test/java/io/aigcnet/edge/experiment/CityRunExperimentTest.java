package io.aigcnet.edge.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped example scenario, end to end in its quick form (2,000 phones, 3 hours). */
class CityRunExperimentTest {
    @Test void exampleScenarioRunsEndToEnd() throws Exception {
        Path example = Path.of("..", "examples", "edge-city.yaml");
        ExperimentHarness.Run run = ExperimentHarness.run(new CityRunExperiment(example.getParent()), 1, true, example);
        double requests = run.number("requests");
        assertThat(requests).isBetween(2000.0, 3200.0); // 2,000 phones × 10/day × 3/24 = 2,500 expected
        assertThat(run.number("completed") + run.number("infeasible") + run.number("refused_by_crash") + run.number("lost_to_crash")
                + run.number("failed_at_handover")).isEqualTo(requests);
        assertThat(run.number("settlement.receipts")).isEqualTo(run.number("placed.edge") + run.number("placed.cloud")
                - run.number("refused_by_crash") - run.number("lost_to_crash") - run.number("failed_at_handover"));
        // the example joins G-SemCom: images go as their semantic pixels, so fewer image bits than the whole
        assertThat(run.node("delivery.mode").asText()).isEqualTo("gsemcom");
        assertThat(run.number("delivery.images")).isPositive();
        assertThat(run.number("delivery.image_bandwidth_saving_pct")).isStrictlyBetween(0.0, 100.0);
        assertThat(run.dir().resolve("hourly.csv")).exists();
        assertThat(run.dir().resolve("hourly_requests.png")).exists();
        assertThat(run.dir().resolve("report.md")).exists();
    }
}
