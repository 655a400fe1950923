package io.aigcnet.mechanism.auction.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.core.experiment.ExperimentHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The experiment end to end. The quick form is checked for its keys, charts and determinism
 * (A10); A1-A4 are checked on the full 100 instances per market size, with the deviation sweeps
 * made lighter by a config file (they are tested at full size in the unit tests).
 */
class VehicularAuctionExperimentTest {
    private static final String[] MECHS = {"PViSA", "EPViSA", "MTEPViSA", "Random", "Omniscient"};

    @Test
    void quickFormWritesEveryKeyChartAndTheReconstructionNote() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new VehicularAuctionExperiment(), 1L);
        assertThat(run.node("experiment").asText()).isEqualTo("survey-vehicular-auction");
        assertThat(run.node("provenance").asText()).contains("reconstruction");
        JsonNode perN = run.node("perN");
        assertThat(perN.size()).isEqualTo(5);
        for (JsonNode point : perN) {
            assertThat(point.get("nAVs").asInt()).isIn(10, 20, 30, 40, 50);
            for (String m : MECHS) {
                JsonNode mech = point.get("mechanisms").get(m);
                assertThat(mech.get("totalSurplus").get("mean").isNumber()).as(m).isTrue();
                assertThat(mech.get("totalSurplus").get("se").isNumber()).isTrue();
                for (String k : new String[] {"onlineSurplus", "offlineSurplus", "nServed", "utilityAV", "utilityRSU",
                    "utilityTraffic", "utilityDriving"}) {
                    assertThat(mech.get(k).isNumber()).as(m + "." + k).isTrue();
                }
                assertThat(mech.has("adverseSelectionIndex")).isTrue();
            }
            for (String r : new String[] {"mtOverEP", "mtOverPV", "mtOverOmni", "mtOverRandom"}) {
                assertThat(point.get("ratios").get(r).isNumber()).isTrue();
            }
        }
        for (String k : new String[] {"icTestsOnline", "icViolationsOnline", "icTestsOffline", "icViolationsOffline",
            "irViolations", "rsuNegativeInstances"}) {
            assertThat(run.node("properties." + k).isNumber()).as(k).isTrue();
        }
        assertThat(run.number("properties.icTestsOnline")).isPositive();
        assertThat(run.number("properties.icViolationsOnline")).isZero();
        assertThat(run.number("properties.icViolationsOffline")).isZero();
        assertThat(run.number("properties.criticalViolations")).isZero();
        assertThat(run.number("ehat.FIRST_BEST")).isGreaterThan(run.number("ehat.MSB"));
        assertThat(run.number("ehat.MSB")).isGreaterThan(run.number("ehat.SP"));
        for (String png : new String[] {"fig11_total_surplus.png", "fig11_utility_av.png", "fig11_utility_rsu.png",
            "fig11_utility_traffic.png", "fig11_utility_driving.png"}) {
            assertThat(Files.size(run.dir().resolve(png))).as(png).isPositive();
        }
        String report = Files.readString(run.dir().resolve("report.md"));
        assertThat(report).contains("reconstruction").contains("double").contains("+150%");
        assertThat(report).doesNotContainIgnoringCase("issue").doesNotContain("spec §");
    }

    /**
     * A10: the same config and seed give a byte-identical result.json, apart from the output folder
     * that meta.command records (each harness run writes into its own temporary folder).
     */
    @Test
    void a10SameSeedGivesByteIdenticalJson() throws Exception {
        ExperimentHarness.Run a = ExperimentHarness.runQuick(new VehicularAuctionExperiment(), 5L);
        ExperimentHarness.Run b = ExperimentHarness.runQuick(new VehicularAuctionExperiment(), 5L);
        assertThat(a.result().at("/meta/command").asText()).contains(a.dir().getParent().toString());
        assertThat(withoutOutFolder(b)).isEqualTo(withoutOutFolder(a));
        ExperimentHarness.Run c = ExperimentHarness.runQuick(new VehicularAuctionExperiment(), 6L);
        assertThat(withoutOutFolder(c)).isNotEqualTo(withoutOutFolder(a));
    }

    /** The run's result.json, byte for byte, with its output folder replaced by a fixed word. */
    private static String withoutOutFolder(ExperimentHarness.Run run) throws Exception {
        String json = new String(Files.readAllBytes(run.dir().resolve("result.json")), java.nio.charset.StandardCharsets.UTF_8);
        return json.replace(run.dir().getParent().toString(), "OUT");
    }

    /** A1-A4 (and A6, A8) on 100 instances per market size, the reconstruction's sample size. */
    @Test
    void a1ToA4HoldOnTheFullSweep() throws Exception {
        Path cfg = Path.of(getClass().getResource("/auction/full-seeds-light-sweeps.json").toURI());
        ExperimentHarness.Run run = ExperimentHarness.run(new VehicularAuctionExperiment(), 1L, false, cfg);
        assertThat(run.number("properties.instancesPerN")).isEqualTo(100);
        assertThat(run.node("checks.A1").asBoolean()).as("A1 ordering").isTrue();
        assertThat(run.node("checks.A2").asBoolean()).as("A2 ratio band").isTrue();
        assertThat(run.node("checks.A3").asBoolean()).as("A3 vs omniscient").isTrue();
        assertThat(run.node("checks.A4").asBoolean()).as("A4 shape").isTrue();
        assertThat(run.node("checks.A6").asBoolean()).as("A6 IR").isTrue();
        assertThat(run.node("checks.A8").asBoolean()).as("A8 critical payments").isTrue();
        for (JsonNode point : run.node("perN")) {
            double mtEp = point.get("ratios").get("mtOverEP").asDouble();
            assertThat(mtEp).isBetween(1.8, 2.8);
        }
    }
}
