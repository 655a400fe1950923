package io.aigcnet.cli.semcom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.cli.Main;
import io.aigcnet.semcom.attention.AttentionMaps;
import io.aigcnet.semcom.attention.SyntheticScenes;
import io.aigcnet.semcom.encode.EncoderConfig;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.encode.SemanticEncoder;
import io.aigcnet.semcom.prompt.ParsedPrompt;
import io.aigcnet.semcom.prompt.RuleBasedParser;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EncodeCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static final String BLUE_CAR = "{\"tokens\": [{\"text\":\"A\",\"pos\":\"DET\",\"head\":2},{\"text\":\"blue\",\"pos\":\"ADJ\",\"head\":2},"
            + "{\"text\":\"car\",\"pos\":\"NOUN\",\"head\":-1},{\"text\":\"driving\",\"pos\":\"VERB\",\"head\":2},"
            + "{\"text\":\"through\",\"pos\":\"ADP\",\"head\":3},{\"text\":\"the\",\"pos\":\"DET\",\"head\":6},"
            + "{\"text\":\"city\",\"pos\":\"NOUN\",\"head\":4},{\"text\":\".\",\"pos\":\"PUNCT\",\"head\":2}]}";

    /** Writes prompt.json and 16-bit PNG maps (synthetic, quantised) for the kept words; returns the maps used. */
    private AttentionMaps writeInput(String promptJson) throws Exception {
        Files.writeString(dir.resolve("prompt.json"), promptJson);
        Path maps = Files.createDirectories(dir.resolve("maps"));
        ParsedPrompt p = new RuleBasedParser().parse("A blue car driving through the city.");
        AttentionMaps m = new SyntheticScenes(9, 96).maps(p);
        java.util.Map<Integer, float[]> quantised = new java.util.TreeMap<>();
        for (int i : p.keptIndices()) {
            float[] v = m.map(i);
            float max = 0;
            for (float x : v) max = Math.max(max, x);
            int[] s = new int[v.length];
            float[] q = new float[v.length];
            for (int k = 0; k < v.length; k++) {
                s[k] = Math.round(v[k] / max * 65535);
                q[k] = s[k];
            }
            BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_USHORT_GRAY);
            img.getRaster().setSamples(0, 0, 96, 96, 0, s);
            ImageIO.write(img, "png", maps.resolve(i + ".png").toFile());
            quantised.put(i, q);
        }
        return new AttentionMaps(96, 96, quantised);
    }

    @Test
    void encodesAFolderExactlyAsTheLibraryDoes() throws Exception {
        AttentionMaps maps = writeInput(BLUE_CAR);
        int code = run("semcom", "encode", "--input", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("words").size()).isEqualTo(8);
        assertThat(json.get("words").get(0).get("importance").isNull()).isTrue();
        assertThat(json.get("words").get(0).get("kept").asBoolean()).isFalse();
        assertThat(json.get("words").get(2).get("pos").asText()).isEqualTo("NOUN");
        ParsedPrompt p = new RuleBasedParser().parse("A blue car driving through the city.");
        Encoding ref = new SemanticEncoder(EncoderConfig.paper()).encode(p, maps);
        assertThat(json.get("semantic_px").asInt()).isEqualTo(ref.semanticPx());
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            assertThat(json.get("words").get(i).get("segment_px").asInt()).isEqualTo(ref.segmentPx()[i]);
            sum += json.get("words").get(i).get("segment_px").asInt();
        }
        assertThat(sum).isEqualTo(ref.semanticPx());
        assertThat(json.get("order").size()).isEqualTo(5);
        for (int k = 0; k < 5; k++) assertThat(json.get("order").get(k).asInt()).isEqualTo(ref.order()[k]);
    }

    @Test
    void promptRunsTheParserAndSyntheticMaps() throws Exception {
        int code = run("semcom", "encode", "--prompt", "A blue car driving through the city.", "--size", "128");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("order").size()).isEqualTo(5);
        assertThat(json.get("semantic_px").asInt()).isPositive().isLessThanOrEqualTo(128 * 128);
        double s = 0;
        for (JsonNode w : json.get("words")) if (!w.get("importance").isNull()) s += w.get("importance").asDouble();
        assertThat(s).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void missingMapExitsTwoNamingIt() throws Exception {
        writeInput(BLUE_CAR);
        Files.delete(dir.resolve("maps/6.png"));
        assertThat(run("semcom", "encode", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("6.png").contains("city");
    }

    @Test
    void unknownPosExitsTwo() throws Exception {
        writeInput(BLUE_CAR.replace("\"ADJ\"", "\"JJ\""));
        assertThat(run("semcom", "encode", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("tokens[1].pos").contains("JJ").contains("NOUN");
    }

    @Test
    void headOutOfRangeExitsTwo() throws Exception {
        writeInput(BLUE_CAR.replace("\"head\":6}", "\"head\":8}"));
        assertThat(run("semcom", "encode", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("tokens[5].head").contains("out of range");
    }

    @Test
    void cycleInHeadsExitsTwo() throws Exception {
        writeInput(BLUE_CAR.replace("\"car\",\"pos\":\"NOUN\",\"head\":-1", "\"car\",\"pos\":\"NOUN\",\"head\":3"));
        assertThat(run("semcom", "encode", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cycle");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("semcom", "encode")).isEqualTo(2);
        assertThat(run("semcom", "encode", "--prompt", "A dog.", "--input", dir.toString())).isEqualTo(2);
        assertThat(run("semcom", "encode", "--prompt", "A dog.", "--xi-noun", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("xi-noun");
        assertThat(run("semcom", "encode", "--input", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(run("semcom", "encode", "--help")).isZero();
        assertThat(out.toString()).contains("--min-cluster").contains("--parser");
    }

    @Test
    void parserIsChosenByName() throws Exception {
        assertThat(run("semcom", "encode", "--prompt", "A dog.", "--parser", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("--parser: unknown parser 'nope'; available: rule");
        assertThat(run("semcom", "encode", "--prompt", "A blue car driving through the city.", "--size", "64")).isZero();
        String byDefault = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("semcom", "encode", "--prompt", "A blue car driving through the city.", "--size", "64", "--parser", "rule")).isZero();
        assertThat(out.toString()).isEqualTo(byDefault);
    }
}
