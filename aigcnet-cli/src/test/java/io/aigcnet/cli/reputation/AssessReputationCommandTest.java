package io.aigcnet.cli.reputation;

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

class AssessReputationCommandTest {
    static final String INPUT = "{\"block_interval_s\": 5.0, \"latest_block\": 120, \"freshness_base\": 0.99, "
            + "\"uncertainty_weight\": 0.5, \"factor_weights\": [1.0, 1.0, 0.1], \"sensitivity\": 0.3, \"client\": \"c1\", "
            + "\"masp\": \"m1\", \"opinions\": ["
            + "{\"client\": \"c1\", \"masp\": \"m1\", \"positive\": 4, \"negative\": 1, \"block\": 118, \"history\": [{\"fee\": 2.0, \"block\": 100}]},"
            + "{\"client\": \"c2\", \"masp\": \"m1\", \"positive\": 3, \"negative\": 3, \"block\": 110, \"history\": [{\"fee\": 1.0, \"block\": 105}, {\"fee\": 1.0, \"block\": 108}]},"
            + "{\"client\": \"c3\", \"masp\": \"m1\", \"positive\": 0, \"negative\": 0, \"block\": 90, \"history\": [{\"fee\": 5.0, \"block\": 80}]},"
            + "{\"client\": \"c9\", \"masp\": \"m2\", \"positive\": 50, \"negative\": 0, \"block\": 119}]}";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsTheResultJson() throws Exception {
        Path f = dir.resolve("q.json");
        Files.writeString(f, INPUT);
        Result r = run("assess", "reputation", "--input", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        // independently computed worked example (see ReputationAssessorTest in aigcnet-reputation)
        assertThat(n.get("reputation").asDouble()).isCloseTo(0.6343374701131159, within(1e-12));
        assertThat(n.get("fused").get("c").asDouble()).isCloseTo(0.1458140872374953, within(1e-12));
        assertThat(n.get("weights").has("c9")).isFalse();
    }

    @Test
    void badFileOrFieldExits2NamingIt() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, INPUT.replace("\"sensitivity\": 0.3", "\"sensitivity\": 3"));
        Result r = run("assess", "reputation", "--input", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("sensitivity").contains("[0, 1]");
        Result missing = run("assess", "reputation", "--input", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json");
        assertThat(run("assess", "reputation").code()).isEqualTo(2);
    }

    @Test
    void benchRunsSmall() {
        Result r = run("bench", "reputation", "--references", "50", "--updates", "1000", "--queries", "10", "--warmup", "0", "--runs", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("opinion updates/s").contains("reputation queries/s");
    }
}
