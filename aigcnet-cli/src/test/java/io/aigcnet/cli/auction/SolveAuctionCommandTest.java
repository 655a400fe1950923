package io.aigcnet.cli.auction;

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

class SolveAuctionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String json) throws Exception {
        Path p = Files.createTempFile(dir, "inst", ".json");
        Files.writeString(p, json);
        return p;
    }

    /** The second-score case (A9): each AV fits alone, no two together; demands 6, 7, 8 under either demand model. */
    @Test
    void solvesTheSecondScoreCaseByHand() throws Exception {
        Path p = file("{\"capacity\": 10, \"rsu_cost\": 0.2, \"e_hat\": 9, \"avs\": ["
                + "{\"bid\": 20, \"tasks\": [{\"w\": 6, \"tau\": 1}]},"
                + "{\"bid\": 30, \"tasks\": [{\"w\": 7, \"tau\": 1}]},"
                + "{\"bid\": 25, \"tasks\": [{\"w\": 8, \"tau\": 1}]}]}");
        for (String m : new String[] {"mtepvisa", "epvisa", "pvisa"}) {
            out.getBuffer().setLength(0);
            assertThat(run("solve", "auction", "--mechanism", m, "--instance", p.toString())).as(err.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("winners").size()).isEqualTo(1);
            assertThat(json.get("winners").get(0).asInt()).isEqualTo(1);
            assertThat(json.get("demand").get(2).asDouble()).isCloseTo(8, within(1e-12));
            // by hand: (29/6 - 0.2 + 0.2) * 7 - 9
            assertThat(json.get("payments").get(1).asDouble()).isCloseTo(203.0 / 6 - 9, within(1e-9));
            assertThat(json.get("payments").get(0).asDouble()).isZero();
            assertThat(json.get("online_surplus").asDouble()).isCloseTo(30 - 0.2 * 7, within(1e-9));
            assertThat(json.has("offline")).isFalse();
        }
    }

    @Test
    void theExampleFileRunsBothStagesAndMultiTaskServesMore() throws Exception {
        Path example = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/auction-round.json");
        assertThat(run("solve", "auction", "--mechanism", "mtepvisa", "--instance", example.toString())).as(err.toString()).isZero();
        JsonNode mt = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        assertThat(run("solve", "auction", "--mechanism", "pvisa", "--instance", example.toString())).as(err.toString()).isZero();
        JsonNode pv = new ObjectMapper().readTree(out.toString());
        assertThat(mt.get("e_hat_source").asText()).isEqualTo("monte-carlo");
        assertThat(mt.get("winners").size()).isGreaterThan(pv.get("winners").size());
        assertThat(mt.get("offline").size()).isEqualTo(Math.min(3, mt.get("winners").size()));
        for (JsonNode sale : mt.get("offline")) {
            assertThat(sale.get("receiver").asText()).matches("driving|traffic:[0-3]");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(mt.get("demand").get(i).asDouble()).isLessThanOrEqualTo(pv.get("demand").get(i).asDouble());
        }
    }

    @Test
    void badInputExitsTwoNamingTheField() throws Exception {
        String av = "{\"bid\": 5, \"tasks\": [{\"w\": 1, \"tau\": 0.5}]}";
        String[][] cases = {
            {"{\"capacity\": -1, \"rsu_cost\": 0.2, \"avs\": [" + av + "]}", "capacity", "must be >= 0"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": [{\"bid\": 5, \"tasks\": [{\"w\": 1, \"tau\": 0}]}]}",
                "avs[0].tasks[0].tau", "must be > 0"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": [" + av + ", {\"bid\": NaN, \"tasks\": [{\"w\": 1, \"tau\": 1}]}]}",
                "avs[1].bid", "finite"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": []}", "avs", "non-empty"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"e_hat\": NaN, \"avs\": [" + av + "]}", "e_hat", "finite"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": [" + av + "], \"items\": [{\"xi\": 1, \"mu\": [1, NaN]}]}",
                "items[0].mu[1]", "finite"},
            {"{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": [" + av + "], \"bogus\": 1}", "bogus", "unknown field"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            out.getBuffer().setLength(0);
            int code = run("solve", "auction", "--mechanism", "mtepvisa", "--instance", file(c[0]).toString());
            assertThat(code).as(c[0]).isEqualTo(2);
            assertThat(err.toString()).as(c[0]).contains("'" + c[1] + "'").contains(c[2]);
            assertThat(out.toString()).as("nothing printed on error").isEmpty();
        }
    }

    @Test
    void unknownMechanismOrMissingFileIsAUsageError() throws Exception {
        Path p = file("{\"capacity\": 10, \"rsu_cost\": 0.2, \"avs\": [{\"bid\": 5, \"tasks\": [{\"w\": 1, \"tau\": 1}]}]}");
        assertThat(run("solve", "auction", "--mechanism", "vickrey", "--instance", p.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("mtepvisa, epvisa or pvisa");
        assertThat(run("solve", "auction", "--mechanism", "random", "--instance", p.toString())).isEqualTo(2);
        assertThat(run("solve", "auction", "--mechanism", "pvisa", "--instance", "/no/such/file.json")).isEqualTo(2);
        assertThat(run("solve", "auction", "--help")).isZero();
    }
}
