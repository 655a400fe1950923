package io.aigcnet.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.aigcnet.core.chart.Charts;
import io.aigcnet.core.report.Report;

class ExperimentRunnerTest {
    @TempDir Path out;

    static final class Toy implements Experiment {
        final boolean fail;
        Toy(boolean fail) { this.fail = fail; }
        @Override public String id() { return "toy"; }
        @Override public String title() { return "Toy"; }
        @Override public String paperRef() { return "none"; }
        @Override public void run(ExperimentContext ctx) {
            double x = ctx.rng().stream("env").nextDouble();
            ctx.result().put("x", x).put("quick", ctx.quick());
            ctx.series("curve", "t", "y").row(0, x).row(1, 2 * x);
            ctx.charts().line("curve", "Curve", "t", "y", List.of(new Charts.Line("y", new double[] {0, 1}, new double[] {x, 2 * x})));
            ctx.report().compare("x", x, "in (0,1)", Report.Verdict.of(x > 0 && x < 1));
            if (fail) throw new IllegalStateException("boom");
        }
    }

    @Test
    void successfulRunWritesAllFilesAndIsDeterministic() throws Exception {
        ExperimentRunner.Outcome o = ExperimentRunner.run(new Toy(false), 5, true, out, null, false, "test");
        assertThat(o.dir()).isEqualTo(out.resolve("toy"));
        for (String f : List.of("result.json", "curve.csv", "curve.png", "report.md"))
            assertThat(o.dir().resolve(f)).isRegularFile();
        assertThat(Files.readString(o.dir().resolve("report.md"))).contains("| x |").contains("PASS");
        String first = Files.readString(o.dir().resolve("result.json"));
        ExperimentRunner.run(new Toy(false), 5, true, out, null, false, "test");
        assertThat(Files.readString(out.resolve("toy/result.json"))).isEqualTo(first);
        assertThat(first).contains("\"seed\" : 5").contains("\"quick\" : true");
    }

    @Test
    void failedRunLeavesNoPartialOutputAndKeepsPrevious() throws Exception {
        ExperimentRunner.run(new Toy(false), 5, true, out, null, false, "test");
        String before = Files.readString(out.resolve("toy/result.json"));
        assertThatThrownBy(() -> ExperimentRunner.run(new Toy(true), 6, true, out, null, false, "test"))
                .hasMessageContaining("boom");
        assertThat(Files.readString(out.resolve("toy/result.json"))).isEqualTo(before);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("toy");
        }
    }

    @Test
    void harnessParsesResult() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new Toy(false), 9);
        assertThat(run.number("x")).isBetween(0.0, 1.0);
        assertThat(run.node("quick").asBoolean()).isTrue();
    }
}
