package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CliTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = Main.newCommandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter pw = new PrintWriter(out, true), pe = new PrintWriter(err, true);
        cl.setOut(pw);
        cl.setErr(pe);
        int code = cl.execute(args);
        pw.flush();
        pe.flush();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).as("stderr was: " + help.err()).contains("reproduce").contains("demo");
        Result v = run("version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("aigcnet ");
    }

    @Test
    void unknownCommandAndOptionExit2WithUsage() {
        Result r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage");
        assertThat(run("reproduce", "--seed", "notanumber").code()).isEqualTo(2);
    }

    @Test
    void unknownExperimentListsValidIds() {
        Result r = run("reproduce", "no-such-figure");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown experiment 'no-such-figure'").contains("valid ids");
    }

    @Test
    void parentCommandsAloneAreUsageErrors() {
        for (String parent : new String[] {"solve", "bench", "assess"})
            assertThat(run(parent).code()).as(parent).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cl = Main.newCommandLine();
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) return;
            assertThat(sub.getCommandSpec().mixinStandardHelpOptions()).as(name + " --help").isTrue();
            sub.getSubcommands().forEach((n2, s2) ->
                    assertThat(s2.getCommandSpec().mixinStandardHelpOptions()).as(name + " " + n2 + " --help").isTrue());
        });
    }
}
