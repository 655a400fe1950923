package io.aigcnet.cli.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AspSelectionCommandTest {
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

    /** The hand-worked trace of AspReplayTest (also shipped as examples/asp-trace.json). */
    Path trace() throws Exception {
        Path f = dir.resolve("trace.json");
        Files.writeString(f, """
                {"asps": [{"total_t": 300, "a_x": 0, "a_y": 0, "b_x": 200, "b_y": 1},
                          {"total_t": 500, "a_x": 100, "a_y": 0.2, "b_x": 200, "b_y": 0.6}],
                 "tasks": [{"arrival_s": 0, "t": 200}, {"arrival_s": 1000, "t": 150},
                           {"arrival_s": 2000, "t": 200}, {"arrival_s": 40000, "t": 100}]}""");
        return f;
    }

    @Test void printsTheHandComputedTotals() throws Exception {
        Path f = trace();
        Result rr = run("edge", "asp-selection", "--trace", f.toString(), "--policy", "round-robin");
        assertThat(rr.code()).as(rr.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(rr.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("cumulative_reward", "crash_events", "crashed_tasks", "served");
        assertThat(j.get("cumulative_reward").asDouble()).isCloseTo(1.2 - (2 + (1 - 2000.0 / 31560) * 2), within(1e-12));
        assertThat(j.get("crash_events").asLong()).isEqualTo(1);
        assertThat(j.get("crashed_tasks").asLong()).isEqualTo(1);
        assertThat(j.get("served").asLong()).isEqualTo(3);

        JsonNode p = new ObjectMapper().readTree(run("edge", "asp-selection", "--trace", f.toString(), "--policy", "prophet").out());
        assertThat(p.get("cumulative_reward").asDouble()).isCloseTo(2.1, within(1e-12));
        JsonNode c = new ObjectMapper().readTree(run("edge", "asp-selection", "--trace", f.toString(), "--policy", "crash-avoid").out());
        assertThat(c.get("cumulative_reward").asDouble()).isCloseTo(1.55, within(1e-12));
        Result r1 = run("edge", "asp-selection", "--trace", f.toString(), "--policy", "random", "--seed", "3");
        Result r2 = run("edge", "asp-selection", "--trace", f.toString(), "--policy", "random", "--seed", "3");
        assertThat(r1.code()).isZero();
        assertThat(r1.out()).isEqualTo(r2.out());
    }

    @Test void badTracesAndPoliciesExit2WithTheReason() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"asps\": [{\"total_t\": 0, \"a_x\": 0, \"a_y\": 0, \"b_x\": 200, \"b_y\": 1}], \"tasks\": []}");
        Result r = run("edge", "asp-selection", "--trace", bad.toString(), "--policy", "prophet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("asps[0].total_t");
        assertThat(r.out()).isEmpty();
        Result missing = run("edge", "asp-selection", "--trace", dir.resolve("none.json").toString(), "--policy", "prophet");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("file not found");
        Result pol = run("edge", "asp-selection", "--trace", trace().toString(), "--policy", "greedy");
        assertThat(pol.code()).isEqualTo(2);
        assertThat(pol.err()).contains("crash-avoid");
        assertThat(run("edge").code()).isEqualTo(2);
        assertThat(run("edge", "asp-selection", "--help").code()).isZero();
    }
}
