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
import io.aigcnet.core.config.BadInputException;
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
            var csv = ctx.series("curve", "t", "y").row(0, x).row(1, 2 * x);
            ctx.charts().line("curve", "Curve", "t (s)", "y (m)", List.of(new Charts.Line("y", new double[] {0, 1}, new double[] {x, 2 * x})));
            ctx.charts().seriesFromColumns("curve", csv, "y");
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
    void reportCommandLineRepeatsTheRun() throws Exception {
        Path cfg = Files.writeString(out.resolve("my cfg.yaml"), "{}");
        Path root = out.resolve("results");
        String cmd = ExperimentRunner.reproduceCommand(new Toy(false), 7, false, root, cfg);
        assertThat(cmd).isEqualTo("aigcnet reproduce toy --seed 7 --config '" + cfg + "' --out " + root);
        ExperimentRunner.run(new Toy(false), 7, false, root, null, false, "test");
        assertThat(Files.readString(root.resolve("toy/report.md")))
                .contains("Command: `aigcnet reproduce toy --seed 7 --out " + root + "`");
        assertThat(ExperimentRunner.shellWord("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void outPointingAtAFileIsBadInputNamingIt() throws Exception {
        Path file = Files.writeString(out.resolve("taken"), "x");
        assertThatThrownBy(() -> ExperimentRunner.run(new Toy(false), 1, true, file, null, false, "test"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--out " + file).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void staleFoldersOfKilledRunsAreCleanedAtTheNextStart() throws Exception {
        long deadPid = deadPid();
        Files.createDirectories(out.resolve(".toy.partial-" + deadPid + "-17").resolve("sub"));
        Files.writeString(out.resolve(".toy.partial-" + deadPid + "-17/half.png"), "");
        Files.createDirectories(out.resolve(".toy.partial-8736451234"));          // older naming, no pid
        Path old = Files.createDirectories(out.resolve(".other.old-" + deadPid + "-3"));  // killed mid-swap
        Files.writeString(old.resolve("result.json"), "{}");
        Path live = Files.createDirectories(out.resolve(".toy.partial-" + ProcessHandle.current().pid() + "-5"));
        ExperimentRunner.run(new Toy(false), 1, true, out, null, false, "test");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("toy", "other", live.getFileName().toString());
        }
        assertThat(out.resolve("other/result.json")).as("the last good results come back").isRegularFile();
    }

    @Test
    void foldersFollowTheUmask() throws Exception {
        ExperimentRunner.run(new Toy(false), 1, true, out.resolve("o"), null, false, "test");
        Path reference = Files.createDirectory(out.resolve("reference"));
        Path ref = Files.writeString(out.resolve("reference.txt"), "");
        assertThat(Files.getPosixFilePermissions(out.resolve("o/toy"))).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(out.resolve("o/toy/report.md"))).isEqualTo(Files.getPosixFilePermissions(ref));
        assertThat(Files.getPosixFilePermissions(out.resolve("o/toy/curve.png"))).isEqualTo(Files.getPosixFilePermissions(ref));
    }

    @Test
    void sigtermRemovesThePartialFolder() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), SlowRunMain.class.getName(),
                out.toString()).redirectErrorStream(true).start();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("started")) { /* wait for the run to be under way */ }
            assertThat(line).as("child started").isEqualTo("started");
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).as("a partial folder while running").hasSize(1);
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.toList()).as("nothing left after SIGTERM").isEmpty();
        }
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--)
            if (ProcessHandle.of(pid).isEmpty()) return pid;
    }

    @Test
    void harnessParsesResult() throws Exception {
        ExperimentHarness.Run run = ExperimentHarness.runQuick(new Toy(false), 9);
        assertThat(run.number("x")).isBetween(0.0, 1.0);
        assertThat(run.node("quick").asBoolean()).isTrue();
    }
}
