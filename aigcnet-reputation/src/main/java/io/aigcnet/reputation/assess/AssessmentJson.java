package io.aigcnet.reputation.assess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.Opinion;
import io.aigcnet.reputation.mwsl.ReputationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the assessment input JSON (issue 2, item 6) with field-level validation, and writes the result JSON. */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> TOP_FIELDS = List.of("block_interval_s", "latest_block", "freshness_base",
            "uncertainty_weight", "factor_weights", "sensitivity", "client", "masp", "opinions");
    private static final List<String> OPINION_FIELDS = List.of("client", "masp", "positive", "negative", "block", "history");
    private static final List<String> HISTORY_FIELDS = List.of("fee", "block");

    private AssessmentJson() {}

    public static AssessmentInput read(Path file) throws InputException {
        String name = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InputException(name, "(document)", "not valid JSON: " + e.getOriginalMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(name, "(file)", "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(name, "(file)", "permission denied");
        } catch (IOException e) {
            throw new InputException(name, "(file)", "cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, root);
    }

    public static AssessmentInput parse(String name, JsonNode root) throws InputException {
        if (root == null || !root.isObject()) {
            throw new InputException(name, "(document)", "must be a JSON object with fields " + TOP_FIELDS);
        }
        checkKnown(name, "", root, TOP_FIELDS);
        Reader r = new Reader(name);
        double interval = r.number(root, "block_interval_s", 0, Double.POSITIVE_INFINITY, false, false);
        long latest = r.integer(root, "latest_block", 0, Long.MAX_VALUE);
        double theta = r.number(root, "freshness_base", 0, 1, false, false);
        double gamma = r.number(root, "uncertainty_weight", 0, 1, true, true);
        double sensitivity = r.number(root, "sensitivity", 0, 1, true, true);
        JsonNode mu = r.require(root, "factor_weights");
        if (!mu.isArray() || mu.size() != 3) {
            throw new InputException(name, "factor_weights", "must be an array of 3 numbers >= 0 (familiarity, freshness, market worth)");
        }
        double[] muValues = new double[3];
        for (int i = 0; i < 3; i++) {
            JsonNode v = mu.get(i);
            if (!v.isNumber() || !(v.doubleValue() >= 0) || Double.isInfinite(v.doubleValue())) {
                throw new InputException(name, "factor_weights[" + i + "]", "must be a finite number >= 0, got " + v);
            }
            muValues[i] = v.doubleValue();
        }
        String client = r.text(root, "client");
        String masp = r.text(root, "masp");
        JsonNode ops = r.require(root, "opinions");
        if (!ops.isArray()) {
            throw new InputException(name, "opinions", "must be an array of opinion objects");
        }
        List<OpinionRecord> opinions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            String at = "opinions[" + i + "]";
            JsonNode o = ops.get(i);
            if (!o.isObject()) {
                throw new InputException(name, at, "must be an object with fields " + OPINION_FIELDS);
            }
            checkKnown(name, at + ".", o, OPINION_FIELDS);
            Reader ro = new Reader(name, at + ".");
            String oc = ro.text(o, "client");
            String om = ro.text(o, "masp");
            long pos = ro.integer(o, "positive", 0, Integer.MAX_VALUE);
            long neg = ro.integer(o, "negative", 0, Integer.MAX_VALUE);
            long block = ro.integer(o, "block", 0, latest);
            if (!seen.add(oc + "\u0000" + om)) {
                throw new InputException(name, at, "duplicate opinion of client '" + oc + "' on masp '" + om + "' (one latest opinion per pair)");
            }
            List<FeeRecord> history = new ArrayList<>();
            JsonNode h = o.get("history");
            if (h != null && !h.isNull()) {
                if (!h.isArray()) {
                    throw new InputException(name, at + ".history", "must be an array of {\"fee\", \"block\"} objects");
                }
                for (int q = 0; q < h.size(); q++) {
                    String hat = at + ".history[" + q + "]";
                    JsonNode e = h.get(q);
                    if (!e.isObject()) {
                        throw new InputException(name, hat, "must be an object with fields " + HISTORY_FIELDS);
                    }
                    checkKnown(name, hat + ".", e, HISTORY_FIELDS);
                    Reader rh = new Reader(name, hat + ".");
                    double fee = rh.number(e, "fee", 0, Double.POSITIVE_INFINITY, true, false);
                    long hb = rh.integer(e, "block", 0, block);
                    history.add(new FeeRecord(fee, hb));
                }
            }
            opinions.add(new OpinionRecord(oc, om, pos, neg, block, history));
        }
        MwslParams params = new MwslParams(interval, theta, gamma, FactorWeights.of(muValues));
        return new AssessmentInput(params, latest, sensitivity, client, masp, opinions);
    }

    /** The output JSON of {@code aigcnet assess reputation}. */
    public static String write(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        ReputationResult r = a.result();
        root.set("local", opinion(r.local()));
        root.set("reference", opinion(r.reference()));
        root.set("fused", opinion(r.fused()));
        root.put("reputation", r.reputation());
        ObjectNode weights = root.putObject("weights");
        for (Map.Entry<String, FactorValues> e : a.weights().entrySet()) {
            ObjectNode w = weights.putObject(e.getKey());
            w.put("familiarity", e.getValue().familiarity());
            w.put("freshness", e.getValue().freshness());
            w.put("market_worth", e.getValue().marketWorth());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an assessment", e);
        }
    }

    private static ObjectNode opinion(Opinion o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("s", o.s());
        n.put("u", o.u());
        n.put("c", o.c());
        return n;
    }

    private static void checkKnown(String name, String prefix, JsonNode node, List<String> allowed) throws InputException {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new InputException(name, prefix + f, "unknown field; allowed fields are " + allowed);
            }
        }
    }

    /** Field readers that name the offending field in every error. */
    private static final class Reader {
        private final String file;
        private final String prefix;

        Reader(String file) {
            this(file, "");
        }

        Reader(String file, String prefix) {
            this.file = file;
            this.prefix = prefix;
        }

        JsonNode require(JsonNode node, String field) throws InputException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw new InputException(file, prefix + field, "is required");
            }
            return v;
        }

        double number(JsonNode node, String field, double lo, double hi, boolean loIncl, boolean hiIncl) throws InputException {
            JsonNode v = require(node, field);
            String range = (loIncl ? "[" : "(") + fmt(lo) + ", " + fmt(hi) + (hiIncl ? "]" : ")");
            if (!v.isNumber()) {
                throw new InputException(file, prefix + field, "must be a number in " + range + ", got " + v);
            }
            double d = v.doubleValue();
            boolean ok = Double.isFinite(d) && (loIncl ? d >= lo : d > lo) && (hiIncl ? d <= hi : d < hi);
            if (!ok) {
                throw new InputException(file, prefix + field, "must be a number in " + range + ", got " + v);
            }
            return d;
        }

        long integer(JsonNode node, String field, long lo, long hi) throws InputException {
            JsonNode v = require(node, field);
            String range = "[" + lo + ", " + (hi == Long.MAX_VALUE ? "inf" : hi) + "]";
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < lo || v.longValue() > hi) {
                throw new InputException(file, prefix + field, "must be an integer in " + range + ", got " + v);
            }
            return v.longValue();
        }

        String text(JsonNode node, String field) throws InputException {
            JsonNode v = require(node, field);
            if (!v.isTextual() || v.textValue().isEmpty()) {
                throw new InputException(file, prefix + field, "must be a non-empty string, got " + v);
            }
            return v.textValue();
        }

        private static String fmt(double d) {
            return Double.isInfinite(d) ? "inf" : (d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d));
        }
    }
}
