package io.aigcnet.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    record Sample(double blockIntervalS, int rounds, List<Integer> workloadsTps) implements Validated {
        @Override public void validate() {
            Checks.positive("block_interval_s", blockIntervalS);
            Checks.range("rounds", rounds, 1, 10_000);
            Checks.nonEmpty("workloads_tps", workloadsTps);
        }
    }

    static final Sample DEFAULTS = new Sample(5.0, 200, List.of(100, 200));

    @TempDir Path dir;

    @Test
    void noFileGivesDefaults() {
        assertThat(ConfigLoader.load(null, Sample.class, DEFAULTS)).isEqualTo(DEFAULTS);
    }

    @Test
    void yamlOverridesFieldByField() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "rounds: 50\nworkloads_tps: [500]\n");
        Sample s = ConfigLoader.load(f, Sample.class, DEFAULTS);
        assertThat(s).isEqualTo(new Sample(5.0, 50, List.of(500)));
    }

    @Test
    void jsonWorksToo() throws Exception {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"block_interval_s\": 1.0}");
        assertThat(ConfigLoader.load(f, Sample.class, DEFAULTS).blockIntervalS()).isEqualTo(1.0);
    }

    @Test
    void outOfRangeNamesFileFieldAndRange() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "rounds: 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, Sample.class, DEFAULTS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("c.yaml").hasMessageContaining("'rounds'").hasMessageContaining("[1, 10000]");
    }

    @Test
    void unknownFieldListsAllowedFields() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "roundz: 3\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, Sample.class, DEFAULTS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'roundz'").hasMessageContaining("block_interval_s, rounds, workloads_tps");
    }

    @Test
    void wrongTypeNamesField() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "rounds: many\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, Sample.class, DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'rounds'");
    }

    @Test
    void missingAndMalformedFiles() throws Exception {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("none.yaml"), Sample.class, DEFAULTS))
                .hasMessageContaining("none.yaml").hasMessageContaining("not found");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"rounds\": ");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Sample.class, DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bad.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void messagesArePlainWordsWithoutLibraryNames() throws Exception {
        String[][] cases = {
            {"a.yaml", "rounds: many\n", "field 'rounds': must be a whole number, got 'many'"},
            {"b.yaml", "rounds: 2.5\n", "field 'rounds': must be a whole number, got 2.5"},
            {"c.yaml", "block_interval_s: .nan\n", ".nan is not allowed"},
            {"d.yaml", "block_interval_s: .inf\n", ".inf is not allowed"},
            {"e.yaml", "workloads_tps: 5\n", "field 'workloads_tps': must be a list, got a number"},
            {"f.yaml", "workloads_tps: [a]\n", "field 'workloads_tps[0]': must be a whole number, got 'a'"},
            {"g.yaml", "rounds: null\n", "field 'rounds': must be a whole number, got nothing"},
            {"h.yaml", "rounds: 99999999999\n", "must be a whole number from -2147483648 to 2147483647, got 99999999999"},
            {"i.yaml", "rounds: true\n", "must be a whole number, got true"},
            {"j.json", "{\"rounds\": 1,}", "not valid JSON (line 1, column 14)"},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve(c[0]), c[1]);
            assertThatThrownBy(() -> ConfigLoader.load(f, Sample.class, DEFAULTS)).as(c[0])
                    .isInstanceOf(ConfigException.class).hasMessageContaining(c[0]).hasMessageContaining(c[2])
                    .message().doesNotContain("`").doesNotContain("Coercion").doesNotContain("JsonToken")
                    .doesNotContain("java.").doesNotContain("Deserialization").doesNotContain("code 1");
        }
    }
}
