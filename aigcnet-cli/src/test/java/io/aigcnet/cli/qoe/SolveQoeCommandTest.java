package io.aigcnet.cli.qoe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SolveQoeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(SolveQoeCommandTest.class.getResource("/qoe/" + name).toURI()).toString();
    }

    @Test
    void solvesTheTableVFixtureToTheTableWithinRounding() throws Exception {
        int code = run("solve", "qoe", "--instance", resource("table5-workload.json"), "--step", "constant:1e-5");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("converged").asBoolean()).isTrue();
        // Table V: R_13 = 0.126 (ASP 1, MU 3), Q_21 = 730, f_22 = 1.23, B_11 = 1.58
        assertThat(json.get("R").get(0).get(2).asDouble()).isCloseTo(0.126, within(0.0005));
        assertThat(json.get("Q").get(1).get(0).asDouble()).isCloseTo(730, within(0.5));
        assertThat(json.get("f").get(1).get(1).asDouble()).isCloseTo(1.23, within(0.005));
        assertThat(json.get("B").get(0).get(0).asDouble()).isCloseTo(1.58, within(0.005));
        assertThat(json.get("mu_utility").size()).isEqualTo(3);
        assertThat(json.get("asp_utility").size()).isEqualTo(2);
        assertThat(json.get("iterations").asInt()).isPositive();
    }

    @Test
    void acceptsThePhysicalFormAndEveryScheme() throws Exception {
        for (String scheme : new String[] {"proposed", "ratio1", "ratio2", "token", "onlyf", "onlyb"}) {
            out.getBuffer().setLength(0);
            int code = run("solve", "qoe", "--instance", resource("physical.json"), "--scheme", scheme,
                    "--step", "diminishing:0.1");
            assertThat(code).as(scheme + ": " + err).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("R").size()).isEqualTo(2);
            assertThat(json.get("R").get(0).size()).isEqualTo(2);
            assertThat(json.get("scheme").asText()).isEqualTo(scheme);
        }
    }

    @Test
    void infeasibleInstanceExitsTwoNamingTheAsp() throws Exception {
        int code = run("solve", "qoe", "--instance", resource("infeasible.json"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("asps[1]").contains("infeasible");
    }

    @Test
    void malformedInstanceExitsTwoNamingTheEntry() throws Exception {
        int code = run("solve", "qoe", "--instance", resource("malformed.json"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("pairs[0][1]").contains("D");
    }

    @Test
    void badStepIsAUsageError() throws Exception {
        assertThat(run("solve", "qoe", "--instance", resource("physical.json"), "--step", "linear:3")).isEqualTo(2);
        assertThat(err.toString()).contains("constant or diminishing");
        assertThat(run("solve", "qoe", "--instance", "/no/such/file.json")).isEqualTo(2);
    }
}
