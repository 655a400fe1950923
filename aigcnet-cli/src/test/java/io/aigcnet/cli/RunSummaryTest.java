package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.aigcnet.core.experiment.ExperimentRunner;
import io.aigcnet.core.report.Report;

class RunSummaryTest {
    static ExperimentRunner.Outcome outcome(long ms, int pass, int info, Report.Row... failing) {
        return new ExperimentRunner.Outcome(Path.of("out/x"), failing.length == 0, pass + failing.length, failing.length, ms,
                pass, info, List.of(failing), List.of());
    }

    @Test
    void tableNamesEveryIdTheFailingChecksAndTheTotals() {
        RunSummary s = new RunSummary();
        s.add("alpha", outcome(1200, 5, 0));
        s.add("qoe-scale", outcome(500, 3, 1, new Report.Row("MU utility vs M", "rises", "flat", Report.Verdict.FAIL, "")));
        s.add("learn-sanity", outcome(11_400, 0, 3));
        String text = s.render(false);
        assertThat(text).contains("experiment").contains("PASS").contains("FAIL").contains("INFO");
        assertThat(text.lines().filter(l -> l.startsWith("qoe-scale")).findFirst().orElseThrow())
                .contains("0.5 s").containsPattern("3\\s+1\\s+1\\s+FAIL");
        assertThat(text).contains("total (3)").contains("13.1 s");
        assertThat(text).contains("Failing checks:").contains("qoe-scale: MU utility vs M (ours rises; paper flat)");
        assertThat(text).contains("1 of 9 checks FAIL. Exit code 0 (--strict exits 1 when a check fails).");
        assertThat(s.render(true)).contains("Exit code 1.");
        assertThat(s.failedChecks()).isEqualTo(1);
    }

    @Test
    void errorsAreListedAndAllPassSaysSo() {
        RunSummary ok = new RunSummary();
        ok.add("a", outcome(100, 2, 0));
        assertThat(ok.render(true)).contains("All 2 checks pass in 1 experiments.");
        RunSummary bad = new RunSummary();
        bad.add("a", outcome(100, 2, 0));
        bad.addError("b", 0.3, "out of memory");
        assertThat(bad.render(false)).contains("ERROR: out of memory").contains("1 experiment stopped with an error. Exit code 1.");
        assertThat(bad.errors()).isEqualTo(1);
    }
}
