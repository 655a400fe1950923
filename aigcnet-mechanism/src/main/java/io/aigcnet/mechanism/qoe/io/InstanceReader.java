package io.aigcnet.mechanism.qoe.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.mechanism.qoe.model.AccuracyModel;
import io.aigcnet.mechanism.qoe.model.Asp;
import io.aigcnet.mechanism.qoe.model.Channel;
import io.aigcnet.mechanism.qoe.model.Demand;
import io.aigcnet.mechanism.qoe.model.Mu;
import io.aigcnet.mechanism.qoe.model.PairLoad;
import io.aigcnet.mechanism.qoe.model.PhysicalAsp;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a QoE game instance from JSON. Two forms, told apart by the pairs' fields:
 *
 * <pre>
 * workload: {"asps": [{"kappa_ms", "cf", "cB", "f_max", "B_max"}, ...],
 *            "mus":  [{"mu", "R_min", "R_max"}, ...],
 *            "pairs": [[{"A", "D", optional "x_in", "x_out"}, ... one per MU], ... one row per ASP]}
 * physical: asps also carry "xi" (TFLOP per token-context unit); pairs are
 *            {"theta" or "K", "x_in", "x_out", and "snr_db" or "gain"+"power"+"noise"};
 *            optional top-level "accuracy": {"beta", "eta"} (default 0.1, 1/11) for K.
 * </pre>
 *
 * Unknown fields are errors (they are usually typos). Every error is a {@link ConfigException}
 * naming the file and the entry, e.g. {@code pairs[1][0].D}.
 */
public final class InstanceReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("asps", "mus", "pairs", "accuracy", "comment");
    private static final Set<String> ASP_FIELDS = Set.of("kappa_ms", "cf", "cB", "f_max", "B_max", "xi", "name");
    private static final Set<String> MU_FIELDS = Set.of("mu", "R_min", "R_max", "name");
    private static final Set<String> WORKLOAD_PAIR = Set.of("A", "D", "x_in", "x_out");
    private static final Set<String> PHYSICAL_PAIR = Set.of("theta", "K", "x_in", "x_out", "snr_db", "gain", "power",
            "noise");

    private InstanceReader() {
    }

    public static QoeInstance read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read a JSON instance: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    /** Parses an instance tree; {@code source} names it in errors. */
    public static QoeInstance parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new ConfigException(source, "", "must be a JSON object with asps, mus and pairs");
        }
        unknown(root, TOP, "", source);
        JsonNode asps = array(root, "asps", source);
        JsonNode mus = array(root, "mus", source);
        JsonNode pairs = array(root, "pairs", source);
        if (pairs.size() != asps.size()) {
            throw new ConfigException(source, "pairs", "needs one row per ASP (" + asps.size() + "), got " + pairs.size());
        }
        List<Mu> muList = new ArrayList<>();
        for (int m = 0; m < mus.size(); m++) {
            String at = "mus[" + m + "]";
            JsonNode node = object(mus.get(m), at, source);
            unknown(node, MU_FIELDS, at, source);
            try {
                muList.add(new Mu(num(node, "mu", at, source), num(node, "R_min", at, source), num(node, "R_max", at, source)));
            } catch (IllegalArgumentException e) {
                throw wrap(e, at, source);
            }
        }
        boolean physical = isPhysical(pairs, source);
        List<Asp> aspList = new ArrayList<>();
        List<PhysicalAsp> physAsps = new ArrayList<>();
        for (int n = 0; n < asps.size(); n++) {
            String at = "asps[" + n + "]";
            JsonNode node = object(asps.get(n), at, source);
            unknown(node, ASP_FIELDS, at, source);
            try {
                Asp asp = new Asp(num(node, "kappa_ms", at, source), num(node, "cf", at, source), num(node, "cB", at, source),
                        num(node, "f_max", at, source), num(node, "B_max", at, source));
                aspList.add(asp);
                if (physical) {
                    physAsps.add(new PhysicalAsp(asp, num(node, "xi", at, source)));
                } else if (node.has("xi")) {
                    throw new ConfigException(source, at + ".xi", "only allowed in the physical form (pairs with x_out)");
                }
            } catch (IllegalArgumentException e) {
                throw wrap(e, at, source);
            }
        }
        AccuracyModel accuracy = accuracy(root.get("accuracy"), source);
        if (physical) {
            Demand[][] demands = new Demand[asps.size()][];
            for (int n = 0; n < asps.size(); n++) {
                JsonNode row = row(pairs, n, mus.size(), source);
                demands[n] = new Demand[mus.size()];
                for (int m = 0; m < mus.size(); m++) {
                    demands[n][m] = demand(row.get(m), "pairs[" + n + "][" + m + "]", accuracy, source);
                }
            }
            return QoeInstance.fromPhysical(physAsps, muList, demands);
        }
        PairLoad[][] loads = new PairLoad[asps.size()][];
        for (int n = 0; n < asps.size(); n++) {
            JsonNode row = row(pairs, n, mus.size(), source);
            loads[n] = new PairLoad[mus.size()];
            for (int m = 0; m < mus.size(); m++) {
                String at = "pairs[" + n + "][" + m + "]";
                JsonNode node = object(row.get(m), at, source);
                unknown(node, WORKLOAD_PAIR, at, source);
                try {
                    loads[n][m] = new PairLoad(num(node, "A", at, source), num(node, "D", at, source),
                            optInt(node, "x_in", at, source), optInt(node, "x_out", at, source));
                } catch (IllegalArgumentException e) {
                    throw wrap(e, at, source);
                }
            }
        }
        return new QoeInstance(aspList, muList, loads);
    }

    private static boolean isPhysical(JsonNode pairs, String source) {
        Boolean physical = null;
        for (int n = 0; n < pairs.size(); n++) {
            JsonNode row = pairs.get(n);
            if (row == null || !row.isArray()) {
                continue;
            }
            for (int m = 0; m < row.size(); m++) {
                JsonNode p = row.get(m);
                if (p == null || !p.isObject()) {
                    continue;
                }
                boolean work = p.has("A") || p.has("D");
                boolean phys = p.has("theta") || p.has("K") || p.has("snr_db") || p.has("gain");
                if (work == phys) {
                    throw new ConfigException(source, "pairs[" + n + "][" + m + "]",
                            "must give either A and D (workload form) or theta/K, x_in, x_out and snr_db (physical form)");
                }
                if (physical != null && physical != phys) {
                    throw new ConfigException(source, "pairs[" + n + "][" + m + "]",
                            "mixes the workload and physical forms; use one form for every pair");
                }
                physical = phys;
            }
        }
        return physical != null && physical;
    }

    private static Demand demand(JsonNode raw, String at, AccuracyModel accuracy, String source) {
        JsonNode node = object(raw, at, source);
        unknown(node, PHYSICAL_PAIR, at, source);
        try {
            double theta;
            if (node.has("theta") == node.has("K")) {
                throw new ConfigException(source, at, "give exactly one of theta (accuracy demand in (0,1)) or K (CoT examples)");
            }
            if (node.has("theta")) {
                theta = num(node, "theta", at, source);
            } else {
                JsonNode k = node.get("K");
                if (!k.canConvertToInt() || !k.isIntegralNumber()) {
                    throw new ConfigException(source, at + ".K", "must be a whole number of CoT examples, got " + k);
                }
                theta = accuracy.thetaHat(k.intValue());
            }
            Channel channel;
            if (node.has("snr_db")) {
                channel = Channel.fromDb(num(node, "snr_db", at, source));
            } else if (node.has("gain")) {
                channel = Channel.fromGain(num(node, "gain", at, source), num(node, "power", at, source),
                        num(node, "noise", at, source));
            } else {
                throw new ConfigException(source, at, "needs snr_db, or gain, power and noise");
            }
            int xIn = intField(node, "x_in", at, source);
            int xOut = intField(node, "x_out", at, source);
            return new Demand(theta, xIn, xOut, channel);
        } catch (IllegalArgumentException e) {
            throw wrap(e, at, source);
        }
    }

    private static AccuracyModel accuracy(JsonNode node, String source) {
        if (node == null) {
            return AccuracyModel.PAPER;
        }
        JsonNode obj = object(node, "accuracy", source);
        unknown(obj, Set.of("beta", "eta"), "accuracy", source);
        try {
            return new AccuracyModel(obj.has("beta") ? num(obj, "beta", "accuracy", source) : AccuracyModel.PAPER.beta(),
                    obj.has("eta") ? num(obj, "eta", "accuracy", source) : AccuracyModel.PAPER.eta());
        } catch (IllegalArgumentException e) {
            throw wrap(e, "accuracy", source);
        }
    }

    private static JsonNode row(JsonNode pairs, int n, int mus, String source) {
        JsonNode row = pairs.get(n);
        if (row == null || !row.isArray() || row.size() != mus) {
            throw new ConfigException(source, "pairs[" + n + "]", "needs one entry per MU (" + mus + "), got "
                    + (row == null || !row.isArray() ? "no list" : row.size()));
        }
        return row;
    }

    private static JsonNode array(JsonNode root, String field, String source) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray() || a.isEmpty()) {
            throw new ConfigException(source, field, "must be a non-empty list");
        }
        return a;
    }

    private static JsonNode object(JsonNode node, String at, String source) {
        if (node == null || !node.isObject()) {
            throw new ConfigException(source, at, "must be an object");
        }
        return node;
    }

    private static void unknown(JsonNode node, Set<String> allowed, String at, String source) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new ConfigException(source, at.isEmpty() ? f : at + "." + f,
                        "unknown field; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static double num(JsonNode node, String field, String at, String source) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new ConfigException(source, at + "." + field, "must be a number, got " + (v == null ? "nothing" : v));
        }
        return v.doubleValue();
    }

    private static int intField(JsonNode node, String field, String at, String source) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ConfigException(source, at + "." + field, "must be a whole number of tokens, got "
                    + (v == null ? "nothing" : v));
        }
        return v.intValue();
    }

    private static int optInt(JsonNode node, String field, String at, String source) {
        return node.has(field) ? intField(node, field, at, source) : 0;
    }

    private static ConfigException wrap(IllegalArgumentException e, String at, String source) {
        return new ConfigException(source, at, e.getMessage());
    }
}
