package io.aigcnet.core.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.aigcnet.core.chart.ChartChecks;
import io.aigcnet.core.report.UserWords;
import io.aigcnet.core.result.Json;

/**
 * Runs an experiment in its quick form into a temporary folder and returns the parsed
 * result.json, for tests that assert a reproduced behaviour.
 *
 * <p>Every run through the harness also checks its charts ({@link ChartChecks}): at least one
 * chart, units on every axis, a legend inside the image that names every series its CSV names;
 * and its report.md for internal shorthand ({@link UserWords}).
 * So each experiment's own quick test renders and checks its charts, whoever wrote it.
 */
public final class ExperimentHarness {
    /** A finished run: its folder and its result tree. */
    public record Run(Path dir, JsonNode result, ExperimentRunner.Outcome outcome) {
        public double number(String dottedKey) {
            JsonNode n = node(dottedKey);
            if (n == null || !n.isNumber()) throw new AssertionError("result key " + dottedKey + " is not a number: " + n);
            return n.asDouble();
        }

        public JsonNode node(String dottedKey) {
            JsonNode n = result;
            for (String p : dottedKey.split("\\.")) {
                if (n == null) return null;
                n = n.get(p);
            }
            return n;
        }

        public double[] numbers(String dottedKey) {
            JsonNode n = node(dottedKey);
            if (n == null || !n.isArray()) throw new AssertionError("result key " + dottedKey + " is not a list: " + n);
            double[] out = new double[n.size()];
            for (int i = 0; i < out.length; i++) out[i] = n.get(i).asDouble();
            return out;
        }
    }

    private ExperimentHarness() {}

    public static Run runQuick(Experiment e, long seed) throws Exception {
        return run(e, seed, true, null);
    }

    public static Run run(Experiment e, long seed, boolean quick, Path configFile) throws Exception {
        Path out = Files.createTempDirectory("aigcnet-test-");
        ExperimentRunner.Outcome o = ExperimentRunner.run(e, seed, quick, out, configFile, false, "test");
        List<String> problems = new java.util.ArrayList<>(ChartChecks.problems(o.dir(), o.charts(), true));
        for (String j : UserWords.jargon(Files.readString(o.dir().resolve("report.md"))))
                problems.add("report.md uses internal shorthand " + j);
        if (!problems.isEmpty())
            throw new AssertionError(e.id() + ": the output is not fit for users:\n  " + String.join("\n  ", problems));
        JsonNode result = Json.mapper().readTree(o.dir().resolve("result.json").toFile());
        return new Run(o.dir(), result, o);
    }
}
