package io.aigcnet.cli.semcom;

import io.aigcnet.cli.UsageException;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.result.Json;
import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.attention.PngFolderSource;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.DbscanParams;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.encode.XiScheme;
import io.aigcnet.semcom.io.EncodingJson;
import io.aigcnet.semcom.io.PromptFile;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.PromptParsers;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aigcnet semcom encode}: G-SemCom Algorithm 1 on one prompt, the encoding as JSON on stdout. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encode one prompt with G-SemCom's attention-aware semantic encoder (Algorithm 1):",
            "part-of-speech filtering, importance s = softmax(diag(C*.D*)), binarisation, DBSCAN, packing.",
            "Prints {\"words\": [{text, pos, kept, importance, segment_px}], \"order\": [token indices], \"semantic_px\": n}.",
            "--input DIR reads DIR/prompt.json ({\"tokens\": [{\"text\", \"pos\", \"head\"}]}, pos a UPOS tag, head a token",
            "index or -1) and DIR/maps/<token index>.png (grayscale, 8- or 16-bit, any size; required for kept words).",
            "--prompt TEXT parses the text (--parser: the built-in caption parser, or corenlp in a build with",
            "-Pcorenlp) and draws synthetic attention maps."})
public final class EncodeCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--input", paramLabel = "DIR", required = true, description = "Folder with prompt.json and maps/.")
        Path input;

        @Option(names = "--prompt", paramLabel = "TEXT", required = true,
                description = "A caption-style prompt, e.g. \"A blue car driving through the city.\"")
        String prompt;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--xi-propn", defaultValue = "0.9", description = "Threshold xi for proper nouns, in (0, 1] (default ${DEFAULT-VALUE}).")
    double xiPropn;

    @Option(names = "--xi-noun", defaultValue = "0.8", description = "Threshold xi for nouns (default ${DEFAULT-VALUE}).")
    double xiNoun;

    @Option(names = "--xi-other", defaultValue = "0.5", description = "Threshold xi for every other kept word (default ${DEFAULT-VALUE}).")
    double xiOther;

    @Option(names = "--eps", defaultValue = "1.5", description = "DBSCAN radius in pixels, Euclidean (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--min-pts", defaultValue = "4", description = "DBSCAN core-point count, the point itself included (default ${DEFAULT-VALUE}).")
    int minPts;

    @Option(names = "--min-cluster", defaultValue = "30", description = "Clusters with fewer points are dropped (default ${DEFAULT-VALUE}).")
    int minCluster;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic attention maps with --prompt (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--parser", defaultValue = PromptParsers.RULE,
            description = "Prompt parser for --prompt: rule (built in, default) or corenlp (optional module; build with ./mvnw -Pcorenlp install).")
    String parser;

    @Option(names = "--size", defaultValue = "512", description = "Side of the synthetic maps with --prompt, pixels (default ${DEFAULT-VALUE}).")
    int size;

    @Override
    public void run() {
        EncoderConfig cfg;
        try {
            cfg = EncoderConfig.paper().withXi(new XiScheme(xiPropn, xiNoun, xiOther))
                    .withDbscan(new DbscanParams(eps, minPts, minCluster));
            if (size < 8 || size > 4096) throw new IllegalArgumentException("--size = " + size + " must be in [8, 4096]");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ParsedPrompt prompt;
        AttentionMaps maps;
        if (source.input != null) {
            Path dir = source.input;
            if (!Files.isDirectory(dir)) throw new UsageException("--input: no such folder: " + dir);
            prompt = PromptFile.read(dir.resolve("prompt.json"));
            try {
                maps = new PngFolderSource(dir.resolve("maps")).maps(prompt);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new ConfigException(dir.resolve("maps").toString(), "", e.getMessage());
            }
        } else {
            prompt = PromptOptions.parse(parser, source.prompt);
            maps = new SyntheticScenes(seed, size).maps(prompt);
        }
        Encoding enc = new SemanticEncoder(cfg).encode(prompt, maps);
        try {
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(EncodingJson.toJson(enc)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        spec.commandLine().getOut().flush();
    }
}
