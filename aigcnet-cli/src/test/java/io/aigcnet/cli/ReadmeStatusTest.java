package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.aigcnet.core.experiment.Experiment;
import io.aigcnet.core.experiment.ExperimentRunner;
import io.aigcnet.core.report.Report;

/**
 * README's quick-mode table must say what {@code reproduce --all --quick} prints: every
 * registered id has a row, and for the experiments whose quick run takes a second or two the
 * counts and the failing checks are re-measured here. (The slow ones are re-measured by their
 * modules' own tests, not against the README.)
 */
class ReadmeStatusTest {
    /** Quick runs of about a second each on an idle 2-core machine. */
    static final Set<String> FAST = Set.of("prosecutor-reputation", "prosecutor-reputation-ablation", "survey-reputation",
            "datasharing-alpha", "qoe-sensitivity", "qoe-scale", "qoe-case-study", "qoe-vs-baselines");

    record Row(int pass, int fail, int info, String failing) {}

    @TempDir Path out;

    @Test
    void everyRegisteredIdHasARowAndFastOnesMatchTheirQuickRun() throws Exception {
        Map<String, Row> readme = readmeRows();
        List<String> ids = ExperimentCatalog.all().stream().map(Experiment::id).toList();
        assertThat(readme.keySet()).as("README quick-mode table ids").containsExactlyInAnyOrderElementsOf(ids);
        List<String> drift = new ArrayList<>();
        for (Experiment e : ExperimentCatalog.all()) {
            if (!FAST.contains(e.id())) continue;
            ExperimentRunner.Outcome o = ExperimentRunner.run(e, 1, true, out, null, false, "test");
            String failing = String.join("; ", o.failing().stream().map(Report.Row::quantity).toList());
            Row measured = new Row(o.passed(), o.failedChecks(), o.info(), failing);
            if (!measured.equals(readme.get(e.id()))) drift.add(e.id() + ": README " + readme.get(e.id()) + ", run " + measured);
        }
        assertThat(drift).as("update README's quick-mode table from `./aigcnet reproduce --all --quick`").isEmpty();
    }

    static Map<String, Row> readmeRows() throws Exception {
        String text = Files.readString(UserWordsTest.repoRoot().resolve("README.md"));
        int from = text.indexOf("<!-- quick-summary:start -->");
        int to = text.indexOf("<!-- quick-summary:end -->");
        assertThat(from).as("README quick-summary markers").isPositive();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : text.substring(from, to).lines().toList()) {
            if (!line.startsWith("| `")) continue;
            String[] cells = line.split("\\|", -1);
            rows.put(cells[1].strip().replace("`", ""), new Row(Integer.parseInt(cells[2].strip()), Integer.parseInt(cells[3].strip()),
                    Integer.parseInt(cells[4].strip()), cells[5].strip()));
        }
        return rows;
    }
}
