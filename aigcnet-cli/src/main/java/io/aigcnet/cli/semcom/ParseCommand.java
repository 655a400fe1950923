package io.aigcnet.cli.semcom;

import io.aigcnet.cli.UsageException;
import io.aigcnet.semcom.io.PromptFile;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.PromptParsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aigcnet semcom parse}: a prompt's tags and heads in the {@code prompt.json} form that
 * {@code semcom encode --input} reads, so a real Stable Diffusion + DAAM run needs only its maps added.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Tag and parse one prompt into the spaCy structure G-SemCom assumes, as prompt.json:",
            "{\"tokens\": [{\"text\", \"pos\", \"head\"}]} (pos a UPOS tag, head a token index or -1 for the root).",
            "Put the per-word DAAM maps beside it as maps/<token index>.png and run semcom encode --input DIR."})
public final class ParseCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--prompt", paramLabel = "TEXT", required = true, description = "The prompt, e.g. \"A blue car driving through the city.\"")
    String prompt;

    @Option(names = "--parser", defaultValue = PromptParsers.RULE,
            description = "rule (built in, default) or corenlp (optional module; build with ./mvnw -Pcorenlp install).")
    String parser;

    @Option(names = "--out", paramLabel = "FILE", description = "Write prompt.json here (atomically) instead of printing it.")
    Path out;

    @Override
    public void run() {
        ParsedPrompt parsed = PromptOptions.parse(parser, prompt);
        String json = PromptFile.toJson(parsed);
        if (out == null) {
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
            return;
        }
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) throw new UsageException("--out: " + out + " is a folder; give a file name such as " + out.resolve("prompt.json"));
        if (target.getParent() != null && !Files.isDirectory(target.getParent()))
            throw new UsageException("--out: the folder " + target.getParent() + " does not exist");
        try {
            // written beside the target and moved into place: a crash never leaves half a prompt.json
            Path tmp = Files.createTempFile(target.getParent(), ".prompt", ".tmp");
            try {
                Files.writeString(tmp, json + System.lineSeparator());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        spec.commandLine().getErr().println("wrote " + out + " (" + parsed.size() + " tokens, parser " + parser + ")");
    }
}
