package io.aigcnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * One error convention for every command: bad input exits 2 with a message that names the
 * culprit (option, file or field) in plain words, and no library or exception class names.
 * The table covers every command; a new command without a row makes {@link #everyCommandHasARow()} fail.
 */
class ErrorConventionTest {
    @TempDir static Path dir;
    static Path file;
    static Path badYaml;
    static Path nanYaml;
    static Path emptyJson;

    /** Words that betray internals: exception or library class names. */
    static final Pattern INTERNALS = Pattern.compile(
            "\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\bjava\\.|com\\.fasterxml|picocli\\.|Coercion|JsonToken|\\bat io\\.aigcnet");

    /** A bad input for a command, the exit code and what the message must name. */
    record Row(String command, String[] args, String culprit) {}

    static Row row(String command, String culprit, String... args) {
        return new Row(command, args, culprit);
    }

    @BeforeAll
    static void files() throws Exception {
        file = Files.writeString(dir.resolve("taken.txt"), "x");
        badYaml = Files.writeString(dir.resolve("bad.yaml"), "rounds: [\n");
        nanYaml = Files.writeString(dir.resolve("nan.yaml"), "rounds: .nan\n");
        emptyJson = Files.writeString(dir.resolve("empty.json"), "");
    }

    static List<Row> table() {
        String missing = dir.resolve("missing.json").toString();
        return List.of(
                row("reproduce", "--out " + file, "reproduce", "prosecutor-reputation", "--quick", "--out", file.toString()),
                row("reproduce", "no-such-figure", "reproduce", "no-such-figure"),
                row("reproduce", "--seed", "reproduce", "prosecutor-reputation", "--seed", "x"),
                row("reproduce", "--config " + dir.resolve("none.yaml"), "reproduce", "prosecutor-reputation", "--config",
                        dir.resolve("none.yaml").toString(), "--out", dir.resolve("o1").toString()),
                row("reproduce", "bad.yaml", "reproduce", "prosecutor-reputation", "--quick", "--config", badYaml.toString(),
                        "--out", dir.resolve("o2").toString()),
                row("reproduce", ".nan", "reproduce", "prosecutor-reputation", "--quick", "--config", nanYaml.toString(),
                        "--out", dir.resolve("o3").toString()),
                row("reproduce", "--list", "reproduce", "--all", "--list"),
                row("reproduce", "--all", "reproduce", "--all", "prosecutor-reputation"),
                row("demo", "--seconds", "demo", "--seconds", "5"),
                row("demo", "--out " + file, "demo", "--quick", "--out", file.toString()),
                row("assess reputation", missing, "assess", "reputation", "--input", missing),
                row("assess reputation", "empty.json", "assess", "reputation", "--input", emptyJson.toString()),
                row("solve datasharing", "--state", "solve", "datasharing", "--state", "1,2", "--alpha", "0.5"),
                row("solve datasharing", "--alpha", "solve", "datasharing", "--state", "40,2,0.95,0.73,0.84,0.16,2,12", "--alpha", "abc"),
                row("solve qoe", missing, "solve", "qoe", "--instance", missing),
                row("solve qoe", "--order", "solve", "qoe", "--instance", missing, "--order", "sideways"),
                row("bench reputation", "--runs", "bench", "reputation", "--runs", "0"),
                row("bench learn", "--runs", "bench", "learn", "--runs", "0"),
                row("bench qoe", "--mus", "bench", "qoe", "--mus", "0"),
                row("bench qoe", "--step", "bench", "qoe", "--step", "sideways"),
                row("bench chain", "--runtime", "bench", "chain", "--runtime", "sim"),
                row("bench layer2", "--opinions", "bench", "layer2", "--opinions", "1"),
                row("bench channel-live", "--rounds", "bench", "channel-live", "--rounds", "1"),
                row("bench layer2-live", "--nodes", "bench", "layer2-live", "--nodes", "0"),
                row("bench layer2-live", "--rounds-per-channel", "bench", "layer2-live", "--rounds-per-channel", "0"),
                row("bench layer2-live", "--opinion-share", "bench", "layer2-live", "--opinion-share", "1.5"),
                row("bench layer2-live", "--out", "bench", "layer2-live", "--out", dir.resolve("no-dir").resolve("x.json").toString()),
                row("node", "--config", "node", "--config", missing),
                row("net up", "--nodes", "net", "up", "--nodes", "0", "--dir", dir.resolve("net").toString()),
                row("net down", "no-net", "net", "down", "--dir", dir.resolve("no-net").toString()),
                row("tx send", "--from-seed", "tx", "send", "--node", "http://127.0.0.1:1", "--from-seed", "zz", "--to", "0x00",
                        "--amount", "1", "--nonce", "1"),
                row("chain status", "--node", "chain", "status"),
                row("solve auction", "missing.json", "solve", "auction", "--instance", missing, "--mechanism", "mtepvisa"),
                row("solve contract", "--model", "solve", "contract", "--model", "nope", "--state", "1"),
                row("bench auction", "--avs", "bench", "auction", "--avs", "0"),
                row("bench contract", "--runs", "bench", "contract", "--runs", "0"),
                row("bench semcom", "--size", "bench", "semcom", "--size", "1"),
                row("bench calibrate", "--batches", "bench", "calibrate", "--batches", "0"),
                row("bench lifecycle-live", "--nodes", "bench", "lifecycle-live", "--nodes", "1"),
                row("net nemesis", "--nodes", "net", "nemesis", "--dir", dir.resolve("nem").toString(), "--nodes", "1"),
                row("sim faults", "--nodes", "sim", "faults", "--nodes", "5"),
                row("semcom parse", "--parser", "semcom", "parse", "--prompt", "A dog.", "--parser", "nope"),
                row("semcom encode", "missing-maps", "semcom", "encode", "--input", dir.resolve("missing-maps").toString()),
                row("semcom score", "missing.png", "semcom", "score", "--image", dir.resolve("missing.png").toString(), "--nima", "x.onnx"),
                row("aigc similar", "missing.png", "aigc", "similar", dir.resolve("missing.png").toString(), dir.resolve("missing.png").toString()),
                row("aigc register", "--image", "aigc", "register", "--node", "http://127.0.0.1:1", "--image",
                        dir.resolve("missing.png").toString(), "--producer-seed", "zz", "--esp-seed", "zz"),
                row("aigc challenge", "--original", "aigc", "challenge", "--node", "http://127.0.0.1:1", "--original", "zz", "--accused",
                        "zz", "--challenger-seed", "zz"),
                row("aigc trade", "--price", "aigc", "trade", "--node", "http://127.0.0.1:1", "--product", "zz", "--price", "-1",
                        "--seller-seed", "zz", "--buyer-seed", "zz"),
                row("aigc history", "--product", "aigc", "history", "--node", "http://127.0.0.1:1", "--product", "zz"),
                row("edge asp-selection", "missing.json", "edge", "asp-selection", "--trace", missing, "--policy", "prophet"),
                row("edge run", "missing.yaml", "edge", "run", "--scenario", dir.resolve("missing.yaml").toString()),
                row("version", "--bogus", "version", "--bogus"),
                row("help", "nosuchcommand", "help", "nosuchcommand"));
    }

    @Test
    void everyBadInputExits2AndNamesTheCulpritInPlainWords() {
        List<String> problems = new ArrayList<>();
        for (Row r : table()) {
            CliTest.Result res = CliTest.run(r.args());
            String what = "aigcnet " + String.join(" ", r.args());
            if (res.code() != 2) problems.add(what + ": exit " + res.code() + " (want 2); stderr: " + res.err());
            if (!res.err().contains(r.culprit())) problems.add(what + ": message does not name '" + r.culprit() + "': " + res.err());
            if (INTERNALS.matcher(res.err()).find()) problems.add(what + ": message shows internals: " + res.err());
            if (res.err().contains("Usage:") && !res.err().contains("Usage: aigcnet"))
                problems.add(what + ": usage line without the full command: " + res.err());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCommandRejectsAnUnknownOptionWithExit2() {
        for (List<String> path : commands(Main.newCommandLine(), new ArrayList<>())) {
            if (path.get(0).equals("help")) continue;
            List<String> args = new ArrayList<>(path);
            args.add("--no-such-option");
            CliTest.Result res = CliTest.run(args.toArray(String[]::new));
            assertThat(res.code()).as(String.join(" ", args) + ": " + res.err()).isEqualTo(2);
            // picocli names a missing required option or parameter before an unknown one; either is the culprit
            assertThat(res.err()).as(String.join(" ", args)).containsAnyOf("--no-such-option", "Missing required option",
                            "Missing required parameter")
                    .contains("Usage: aigcnet " + String.join(" ", path));
        }
    }

    @Test
    void everyCommandHasARow() {
        Set<String> covered = new LinkedHashSet<>();
        for (Row r : table()) covered.add(r.command());
        List<String> leaves = new ArrayList<>();
        for (List<String> path : commands(Main.newCommandLine(), new ArrayList<>())) leaves.add(String.join(" ", path));
        leaves.removeIf(l -> !isLeaf(l));
        assertThat(covered).containsAll(leaves);
    }

    @Test
    void unexpectedFailuresExit1WithoutClassNamesUnlessDebugging() {
        // a node that is not there: not bad input, a failed run (exit 1), said plainly with the URL it tried
        CliTest.Result r = CliTest.run("chain", "status", "--node", "http://127.0.0.1:1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot reach the node at http://127.0.0.1:1/status");
        assertThat(INTERNALS.matcher(r.err()).find()).as(r.err()).isFalse();
    }

    @Test
    void picocliTypeWordsArePlain() {
        assertThat(Main.plainParameterMessage("Invalid value for option '--seed': 'x' is not a long"))
                .isEqualTo("Invalid value for option '--seed': 'x' is not a whole number");
        assertThat(Main.plainParameterMessage("Invalid value for option '--alpha': 'abc' is not a double"))
                .endsWith("is not a number");
    }

    private static boolean isLeaf(String qualified) {
        CommandLine cl = Main.newCommandLine();
        for (String part : qualified.split(" ")) cl = cl.getSubcommands().get(part);
        return cl.getSubcommands().isEmpty();
    }

    private static List<List<String>> commands(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) return; // aliases
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(path);
            out.addAll(commands(sub, path));
        });
        return out;
    }
}
