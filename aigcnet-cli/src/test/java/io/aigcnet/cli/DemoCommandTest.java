package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir Path out;

    @Test
    void demoPrintsSummaryAndWritesReport() {
        CliTest.Result r = CliTest.run("demo", "--out", out.toString(), "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("level").contains("degraded").contains("Wrote");
        assertThat(out.resolve("demo/report.md")).isRegularFile();
        assertThat(out.resolve("demo/reputation_by_level.png")).isRegularFile();
        assertThat(out.resolve("demo/result.json")).content().contains("reputation_final");
    }
}
