package io.aigcnet.edge.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(run.node("settlement.mode").asText()).isEqualTo("accounting");
    }

    /** The same example with ProSecutor's layer 2 settling every served request (its quick form). */
    @Test void exampleScenarioSettlesThroughLayer2(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "edge-city.yaml");
        String yaml = Files.readString(example);
        assertThat(yaml).contains("  settlement: accounting");
        Path settled = dir.resolve("edge-city-layer2.yaml");
        Files.writeString(settled, yaml.replace("  settlement: accounting", "  settlement: layer2"));
        ExperimentHarness.Run run = ExperimentHarness.run(new CityRunExperiment(example.getParent()), 1, true, settled);
        double receipts = run.number("settlement.receipts");
        assertThat(receipts).isPositive();
        assertThat(run.node("settlement.mode").asText()).isEqualTo("layer2");
        assertThat(run.number("settlement.paid_total")).isEqualTo(run.number("settlement.revenue_total")).isPositive();
        assertThat(run.number("settlement.transfers_signed")).isEqualTo(receipts - run.number("settlement.zero_fee_receipts"));
        assertThat(run.number("settlement.storage_objects")).isEqualTo(receipts);
        assertThat(run.number("settlement.opinions_rolled_up")).isEqualTo(receipts);
        assertThat(run.number("settlement.channels_opened")).isBetween(1.0, receipts);
        assertThat(run.number("settlement.channels_settled")).isEqualTo(run.number("settlement.channels_opened"));
        assertThat(run.number("settlement.rollups_finalised")).isPositive();
        assertThat(run.dir().resolve("provider_reputation.csv")).exists();
        assertThat(Files.readString(run.dir().resolve("report.md"))).contains("= accounting total").contains("PASS");
    }
}
