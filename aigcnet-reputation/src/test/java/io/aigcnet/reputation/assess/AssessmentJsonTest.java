package io.aigcnet.reputation.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentJsonTest {
    static final String GOOD = "{\"block_interval_s\": 5.0, \"latest_block\": 120, \"freshness_base\": 0.99, "
            + "\"uncertainty_weight\": 0.5, \"factor_weights\": [1.0, 1.0, 0.1], \"sensitivity\": 0.3, \"client\": \"c1\", "
            + "\"masp\": \"m1\", \"opinions\": ["
            + "{\"client\": \"c1\", \"masp\": \"m1\", \"positive\": 4, \"negative\": 1, \"block\": 118, \"history\": [{\"fee\": 2.0, \"block\": 100}]},"
            + "{\"client\": \"c2\", \"masp\": \"m1\", \"positive\": 3, \"negative\": 3, \"block\": 110, \"history\": [{\"fee\": 1.0, \"block\": 105}, {\"fee\": 1.0, \"block\": 108}]},"
            + "{\"client\": \"c3\", \"masp\": \"m1\", \"positive\": 0, \"negative\": 0, \"block\": 90, \"history\": [{\"fee\": 5.0, \"block\": 80}]},"
            + "{\"client\": \"c9\", \"masp\": \"m2\", \"positive\": 50, \"negative\": 0, \"block\": 119}]}";

    @TempDir
    Path dir;

    @Test
    void readsAndWritesTheIssueFormat() throws Exception {
        Path f = dir.resolve("in.json");
        Files.writeString(f, GOOD);
        String out = AssessmentJson.write(ReputationAssessor.assess(AssessmentJson.read(f)));
        JsonNode n = new ObjectMapper().readTree(out);
        assertThat(n.fieldNames()).toIterable().containsExactly("local", "reference", "fused", "reputation", "weights");
        assertThat(n.get("local").fieldNames()).toIterable().containsExactly("s", "u", "c");
        assertThat(n.get("reputation").asDouble()).isCloseTo(0.6343374701131159, within(1e-12));
        assertThat(n.get("weights").fieldNames()).toIterable().containsExactly("c1", "c2", "c3");
        assertThat(n.get("weights").get("c2").fieldNames()).toIterable().containsExactly("familiarity", "freshness", "market_worth");
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        expect(GOOD.replace("\"freshness_base\": 0.99", "\"freshness_base\": 1.5"), "freshness_base", "(0, 1)");
        expect(GOOD.replace("\"factor_weights\": [1.0, 1.0, 0.1]", "\"factor_weights\": [1.0, 1.0]"), "factor_weights", "3 numbers");
        expect(GOOD.replace("\"positive\": 4", "\"positive\": -4"), "opinions[0].positive", "integer");
        expect(GOOD.replace("\"block\": 118", "\"block\": 121"), "opinions[0].block", "[0, 120]");
        expect(GOOD.replace("\"fee\": 2.0", "\"fee\": \"x\""), "opinions[0].history[0].fee", "number");
        expect(GOOD.replace("\"client\": \"c1\", \"masp\": \"m1\", \"opinions\"", "\"masp\": \"m1\", \"opinions\""), "client", "required");
        expect(GOOD.replace("\"sensitivity\"", "\"sensitivty\""), "sensitivty", "unknown field");
        expect(GOOD.replace("\"client\": \"c2\"", "\"client\": \"c1\""), "opinions[1]", "duplicate");
        expect("{not json", "(document)", "not valid JSON");
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nope.json");
        assertThatThrownBy(() -> AssessmentJson.read(f)).isInstanceOf(InputException.class).hasMessageContaining("nope.json");
    }

    private void expect(String json, String field, String reason) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        assertThatThrownBy(() -> AssessmentJson.read(f))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.file()).endsWith("bad.json");
                    assertThat(ie.field()).isEqualTo(field);
                    assertThat(ie.reason()).contains(reason);
                });
    }
}
