package io.aigcnet.reputation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentHarness;
import io.aigcnet.core.experiment.ExperimentHarness.Run;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Runs each experiment's --quick form and asserts the papers' behaviours on the recorded result.json. */
class ReputationExperimentsTest {
    static final long SEED = 42;

    static Experiment byId(String id) {
        return ReputationExperiments.all().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void idsAreTheIssuesIds() {
        assertThat(ReputationExperiments.all()).extracting(Experiment::id)
                .containsExactly("prosecutor-reputation", "prosecutor-reputation-ablation", "survey-reputation");
    }

    @Test
    void prosecutorReputationQuick() throws Exception {
        Run run = ExperimentHarness.runQuick(byId("prosecutor-reputation"), SEED);
        double[] pre = levels(run, "explicit.pre_degradation_reputation_by_level");
        double[] fin = levels(run, "explicit.final_reputation_by_level");
        // before round 120 the levels are ordered strictly by capability
        assertThat(pre[0]).isGreaterThan(pre[1]);
        assertThat(pre[1]).isGreaterThan(pre[2]);
        assertThat(pre[2]).isGreaterThan(pre[3]);
        assertThat(run.node("explicit.degraded_levels").toString()).isEqualTo("[1,3]");
        // degraded levels lose reputation, gradually (still between the two values 10 rounds in)
        for (int level : new int[] {1, 3}) {
            double[] s = run.numbers("explicit.reputation_by_level." + level);
            assertThat(fin[level - 1]).isLessThan(pre[level - 1] - 0.05);
            assertThat(s[130]).isBetween(fin[level - 1], pre[level - 1]);
        }
        // the untouched levels keep their reputation better than the degraded ones
        assertThat(Math.abs(fin[1] - pre[1])).isLessThan(pre[0] - fin[0]);
        double[] imp = levels(run, "implicit.final_reputation_by_level");
        assertThat(imp[0]).isGreaterThan(imp[1]);
        assertThat(imp[1]).isGreaterThan(imp[2]);
        assertThat(imp[2]).isGreaterThan(imp[3]);
        assertThat(Files.exists(run.dir().resolve("explicit_reputation.png"))).isTrue();
        assertThat(run.outcome().allChecksPass()).isTrue();
    }

    @Test
    void ablationQuick() throws Exception {
        Run run = ExperimentHarness.runQuick(byId("prosecutor-reputation-ablation"), SEED);
        for (String c : new String[] {"all_factors", "no_familiarity", "no_freshness", "no_market_worth"}) {
            assertThat(run.numbers("cases." + c + ".level1")).hasSize(run.numbers("cases." + c + ".level2").length);
        }
        double[] f1 = run.numbers("cases.no_familiarity.level1");
        double[] f2 = run.numbers("cases.no_familiarity.level2");
        int n = f1.length;
        boolean earlyInversion = false;
        for (int r = 0; r < n / 3; r++) {
            earlyInversion |= f2[r] > f1[r];
        }
        assertThat(earlyInversion).as("flooding lifts level 2 above level 1 early").isTrue();
        assertThat(mean(f2, n - n / 5, n)).as("then level 2 falls back below level 1").isLessThan(mean(f1, n - n / 5, n));
        assertThat(mean(run.numbers("cases.no_freshness.level2"), n - n / 10, n))
                .as("long range: level 2 at the end still above its all_factors value")
                .isGreaterThan(mean(run.numbers("cases.all_factors.level2"), n - n / 10, n));
        double[] d2 = run.numbers("cases.no_market_worth.level2");
        int start = run.node("dusting_window").get(0).asInt();
        int end = run.node("dusting_window").get(1).asInt();
        double peak = max(d2, start, end + 6);
        assertThat(peak - d2[start - 1]).as("dusting makes level 2 spike").isGreaterThan(0.05);
        assertThat(run.outcome().allChecksPass()).isTrue();
    }

    @Test
    void surveyQuick() throws Exception {
        Run run = ExperimentHarness.runQuick(byId("survey-reputation"), SEED);
        double[] e1 = run.numbers("reputation.esp1");
        double[] e2 = run.numbers("reputation.esp2");
        double[] e3 = run.numbers("reputation.esp3");
        int d = (int) run.number("delay_start_round");
        int n = e1.length;
        assertThat(mean(e1, d - 10, d)).isGreaterThan(mean(e2, d - 10, d)).isGreaterThan(0);
        assertThat(mean(e1, d - 10, d)).isGreaterThan(mean(e3, d - 10, d));
        assertThat(e1[n - 1]).as("ESP1 drops after delaying").isLessThan(e1[d - 1] - 0.15);
        assertThat(e2[n - 1]).isGreaterThan(e1[n - 1]);
        assertThat(e3[n - 1]).isGreaterThan(e1[n - 1]);
        JsonNode rep = run.node("tasks_per_esp.reputation");
        JsonNode fam = run.node("tasks_per_esp.most_familiar");
        assertThat(cv(rep)).as("reputation balances the workload better").isLessThan(cv(fam));
        assertThat(run.outcome().allChecksPass()).isTrue();
    }

    @Test
    void sameSeedSameResultOtherSeedDifferent() throws Exception {
        for (Experiment e : ReputationExperiments.all()) {
            JsonNode a = ExperimentHarness.runQuick(e, 7).result();
            JsonNode b = ExperimentHarness.runQuick(e, 7).result();
            JsonNode c = ExperimentHarness.runQuick(e, 8).result();
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("meta");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("meta");
            ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("meta");
            assertThat(a).as(e.id()).isEqualTo(b);
            assertThat(a).as(e.id()).isNotEqualTo(c);
        }
    }

    @Test
    void demoTableListsEveryLevel() {
        String t = ReputationDemo.summaryTable(1);
        assertThat(t).contains("level").contains("rep@119").contains("rep@239");
        assertThat(t.lines().filter(l -> l.matches("^[1-4] .*"))).hasSize(4);
    }

    static double[] levels(Run run, String key) {
        double[] v = new double[4];
        for (int l = 0; l < 4; l++) {
            v[l] = run.number(key + "." + (l + 1));
        }
        return v;
    }

    static double mean(double[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i];
        }
        return sum / (to - from);
    }

    static double max(double[] s, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i < Math.min(to, s.length); i++) {
            m = Math.max(m, s[i]);
        }
        return m;
    }

    static double cv(JsonNode counts) {
        double mean = 0;
        for (JsonNode c : counts) {
            mean += c.asDouble();
        }
        mean /= counts.size();
        double var = 0;
        for (JsonNode c : counts) {
            var += (c.asDouble() - mean) * (c.asDouble() - mean);
        }
        return Math.sqrt(var / counts.size()) / mean;
    }
}
