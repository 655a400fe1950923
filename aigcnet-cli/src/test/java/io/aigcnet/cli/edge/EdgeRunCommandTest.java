package io.aigcnet.cli.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EdgeRunCommandTest {
    record Result(int code, String out, String err) {}

    @TempDir Path dir;

    static Result run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test void runsASmallScenarioAndWritesTheReport() throws Exception {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, "name: tiny\nduration_s: 1800\ndevices: {count: 200}\n");
        Result r = run("edge", "run", "--scenario", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("report.md");
        assertThat(dir.resolve("out/edge-city/report.md")).exists();
        assertThat(dir.resolve("out/edge-city/result.json")).exists();
    }

    @Test void aBadScenarioExits2NamingTheFieldAndWritesNothing() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "policies: {selection: fastest}\n");
        Result r = run("edge", "run", "--scenario", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml").contains("policies.selection").contains("crash_avoid");
        assertThat(dir.resolve("out/edge-city")).doesNotExist();
        Files.writeString(f, "policies: {settlement: blockchain}\n");
        Result settlement = run("edge", "run", "--scenario", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(settlement.code()).isEqualTo(2);
        assertThat(settlement.err()).contains("policies.settlement").contains("accounting, layer2");
        assertThat(dir.resolve("out/edge-city")).doesNotExist();
        Result missing = run("edge", "run", "--scenario", dir.resolve("none.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(run("edge", "run", "--help").code()).isZero();
    }
}
