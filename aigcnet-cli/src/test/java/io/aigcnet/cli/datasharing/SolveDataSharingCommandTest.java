package io.aigcnet.cli.datasharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SolveDataSharingCommandTest {

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheExactOptimumForPaperState1() throws Exception {
        Result r = run("solve", "datasharing", "--state", "40,2,0.95,0.73,0.84,0.16,2,12", "--alpha", "0.75");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("f", "r", "U_B", "device_utility", "feasible");
        // SciPy SLSQP reference (aigcnet-mechanism/src/test/resources/datasharing/reference_optimum.py)
        assertThat(j.get("f").get(0).asDouble()).isCloseTo(0.177057, within(2e-4));
        assertThat(j.get("f").get(1).asDouble()).isCloseTo(0.381431, within(2e-4));
        assertThat(j.get("r").get(1).asDouble()).isCloseTo(0.1055596, within(2e-5));
        assertThat(j.get("U_B").asDouble()).isCloseTo(2547.371481, within(1e-4));
        assertThat(j.get("device_utility").get(0).asDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(j.get("feasible").asBoolean()).isTrue();
    }

    @Test
    void handlesAnyKAndTheOptionalParameters() throws Exception {
        Result r = run("solve", "datasharing", "--state", "40,3,0.9,0.6,0.5,0.01,0.49,5,6,15", "--alpha", "0.75",
                "--beta", "100", "--t", "0.001");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("f")).hasSize(3);
        // SciPy reference 'ironing_k3': U_B = 2399.369763, types 1 and 2 pooled
        assertThat(j.get("U_B").asDouble()).isCloseTo(2399.369763, within(1e-4));
        assertThat(j.get("f").get(0).asDouble()).isEqualTo(j.get("f").get(1).asDouble());
    }

    @Test
    void invalidStatesExit2WithTheReason() {
        assertUsage(run("solve", "datasharing", "--state", "40,2,0.95,0.73,0.84,0.16,2", "--alpha", "0.75"), "length");
        assertUsage(run("solve", "datasharing", "--state", "40,2,0.95,0.73,0.84,0.16,0,12", "--alpha", "0.75"), "phi_1");
        assertUsage(run("solve", "datasharing", "--state", "40,2,0.95,0.73,0.8,0.16,2,12", "--alpha", "0.75"), "sum to 1");
        assertUsage(run("solve", "datasharing", "--state", "40,2,0.95,0.73,0.84,0.16,2,12", "--alpha", "1.5"), "alpha");
        assertUsage(run("solve", "datasharing", "--state", "40,2,0.5,0.5,0.5,0.5,2,12", "--alpha", "0.75", "--t", "1"),
                "seconds");
        assertThat(run("solve", "datasharing", "--alpha", "0.75").code()).isEqualTo(2);
    }

    private static void assertUsage(Result r, String reason) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(reason);
        assertThat(r.out()).isEmpty();
    }
}
