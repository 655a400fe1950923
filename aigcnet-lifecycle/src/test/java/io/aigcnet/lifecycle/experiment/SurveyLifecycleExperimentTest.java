package io.aigcnet.lifecycle.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SurveyLifecycleExperimentTest {
    @Test
    void quickRunWritesTheIssueKeysAndEveryAttackIsDefended() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new SurveyLifecycleExperiment(), 3);
        for (String a : new String[] {"plagiarism_reencode", "plagiarism_resize", "plagiarism_crop", "plagiarism_edit",
            "false_challenge", "challenge_spam", "double_spend_trade", "seller_withholds", "buyer_withholds",
            "ownership_tampering", "replay", "identity_forgery"}) {
            assertThat(run.node("attacks." + a + ".defended").asBoolean()).as(a + ": " + run.node("attacks." + a + ".detail")).isTrue();
            assertThat(run.node("attacks." + a + ".detail").asText()).isNotBlank();
        }
        assertThat(run.number("similarity.threshold")).isPositive();
        assertThat(run.number("similarity.tpr")).isBetween(0.0, 1.0);
        assertThat(run.number("similarity.fpr")).isBetween(0.0, 1.0);
        assertThat(run.number("htlc.atomicity_pct")).isEqualTo(100.0);
        assertThat(run.number("htlc.conservationViolations")).isZero();
        assertThat(run.number("registry.register_per_s")).isPositive();
        // an in-process figure, and the report says so and names the live benchmark
        assertThat(run.node("registration.mode").asText()).startsWith("in-process");
        assertThat(Files.readString(run.dir().resolve("report.md"))).contains("in-process").contains("bench lifecycle-live");
        assertThat(run.number("challenges.successRate")).isGreaterThanOrEqualTo(0.9);
        assertThat(Files.exists(run.dir().resolve("report.md"))).isTrue();
        assertThat(Files.exists(run.dir().resolve("similarity_roc.png"))).isTrue();
    }
}
