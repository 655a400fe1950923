package io.aigcnet.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.cli.Main;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorGame;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SolveContractCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    static final String PROSECUTOR = "1.5,10,50,2000,8,4,0.9,3000,0.2,0.2,10,3";
    static final String SURVEY = "400,100,20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,3,0.2";

    @Test
    void prosecutorPrintsTheSolversOptimum() throws Exception {
        Result r = run("solve", "contract", "--model", "prosecutor", "--state", PROSECUTOR);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("contract", "principal_utility", "agent_response", "agent_utility", "ir", "ic");
        assertThat(j.get("contract").fieldNames()).toIterable().containsExactly("mu_s", "F_s");
        assertThat(j.get("agent_response").fieldNames()).toIterable().containsExactly("c_bar", "F_e");
        double expected = new ProsecutorGame(ProsecutorParams.defaults()).solve(new double[] {1.5, 10, 50, 2000, 8, 4, 0.9, 3000, 0.2, 0.2, 10, 3})
                .principalUtility();
        assertThat(j.get("principal_utility").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(j.get("ir").asBoolean() && j.get("ic").asBoolean()).isTrue();
    }

    @Test
    void surveyPrintsContractAndPower() throws Exception {
        Result r = run("solve", "contract", "--model", "survey", "--state", SURVEY);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("contract").fieldNames()).toIterable().containsExactly("c_q", "c_f");
        assertThat(j.get("agent_response").get("P_k").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("agent_utility").asDouble()).isGreaterThanOrEqualTo(10 - 1e-6);
    }

    @Test
    void invalidInputExits2WithTheReason() {
        assertUsage(run("solve", "contract", "--model", "prosecutor", "--state", "1,2,3"), "12 values");
        assertUsage(run("solve", "contract", "--model", "prosecutor", "--state", "1.5,10,50,2000,8,4,1.9,3000,0.2,0.2,10,3"), "p_b");
        assertUsage(run("solve", "contract", "--model", "survey", "--state", "400,100,20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,x,0.2"), "'x'");
        assertUsage(run("solve", "contract", "--model", "survey", "--state", "400,100,-20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,3,0.2"), "D (");
        assertUsage(run("solve", "contract", "--model", "auction", "--state", SURVEY), "prosecutor, survey");
    }

    static void assertUsage(Result r, String reason) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(reason);
        assertThat(r.out()).isEmpty();
    }
}
