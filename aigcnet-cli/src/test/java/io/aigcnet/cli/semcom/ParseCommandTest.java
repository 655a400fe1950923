package io.aigcnet.cli.semcom;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.cli.Main;
import io.aigcnet.semcom.io.PromptFile;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static final String CAR = "A blue car driving through the city.";

    @Test
    void printsPromptJsonThatEncodeReadsBack() throws Exception {
        assertThat(run("semcom", "parse", "--prompt", CAR)).isZero();
        assertThat(out.toString()).contains("\"text\" : \"through\"", "\"pos\" : \"ADP\"");
        Path f = Files.writeString(dir.resolve("printed.json"), out.toString());
        assertThat(PromptFile.read(f).tokens()).isEqualTo(new RuleBasedParser().parse(CAR).tokens());
    }

    @Test
    void writesTheFileAtomicallyAndLeavesNothingElse() throws Exception {
        Path f = dir.resolve("prompt.json");
        assertThat(run("semcom", "parse", "--prompt", CAR, "--out", f.toString())).isZero();
        assertThat(PromptFile.read(f).tokens()).isEqualTo(new RuleBasedParser().parse(CAR).tokens());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("prompt.json");
        }
        assertThat(err.toString()).contains("8 tokens");
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        assertThat(run("semcom", "parse")).isEqualTo(2);
        assertThat(run("semcom", "parse", "--prompt", CAR, "--parser", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown parser 'nope'");
        assertThat(run("semcom", "parse", "--prompt", "   ")).isEqualTo(2);
        assertThat(run("semcom", "parse", "--prompt", CAR, "--out", dir.toString())).isEqualTo(2);
        assertThat(run("semcom", "parse", "--prompt", CAR, "--out", dir.resolve("no/such/prompt.json").toString())).isEqualTo(2);
        assertThat(dir.resolve("no")).doesNotExist();
        assertThat(run("semcom", "parse", "--help")).isZero();
        assertThat(out.toString()).contains("--parser", "--out");
    }
}
