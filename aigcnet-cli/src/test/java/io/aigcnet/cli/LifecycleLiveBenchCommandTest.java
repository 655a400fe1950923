package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's options are checked before any node starts; {@code bench --help} lists it. */
class LifecycleLiveBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchHelpListsIt() {
        CliTest.Result r = CliTest.run("bench", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("lifecycle-live");
        CliTest.Result own = CliTest.run("bench", "lifecycle-live", "--help");
        assertThat(own.code()).isZero();
        assertThat(own.out()).contains("--duration").contains("--rate").contains("--steps").contains("--seed")
                .contains("--base-port").contains("--out");
    }

    @Test
    void badOptionsExit2NamingTheOption() {
        String[][] cases = {
            {"--steps", "0"}, {"--rate", "0"}, {"--duration", "1"}, {"--duration", "600"}, {"--image-size", "8"},
            {"--accounts", "0"}, {"--interval-ms", "5"}, {"--base-port", "80"}, {"--drain", "-1"},
        };
        for (String[] c : cases) {
            CliTest.Result r = CliTest.run("bench", "lifecycle-live", c[0], c[1]);
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains(c[0]);
        }
        CliTest.Result steps = CliTest.run("bench", "lifecycle-live", "--duration", "4", "--steps", "8");
        assertThat(steps.code()).isEqualTo(2);
        assertThat(steps.err()).contains("at least 1 s per step");
        CliTest.Result out = CliTest.run("bench", "lifecycle-live", "--out", dir.toString());
        assertThat(out.code()).isEqualTo(2);
        assertThat(out.err()).contains("--out");
        CliTest.Result noParent = CliTest.run("bench", "lifecycle-live", "--out", dir.resolve("no/such/r.json").toString());
        assertThat(noParent.code()).isEqualTo(2);
        assertThat(noParent.err()).contains("existing directory");
    }
}
