package io.aigcnet.mechanism.auction.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.mechanism.auction.model.Av;
import io.aigcnet.mechanism.auction.model.DtTask;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads an instance:
 *
 * <pre>
 * {"capacity": R, "rsu_cost": c, "e_hat": e (optional),
 *  "avs": [{"bid": b, "tasks": [{"w": w, "tau": t, "v": v (optional)}, ...]}, ...],
 *  "items": [{"xi": quality, "mu": [match value per traffic simulator]}, ...] (optional),
 *  "mu0": 8, "alpha": 1.5, "rho": 0.8, "n_traffic": 30 (optional)}
 * </pre>
 *
 * Every error is a {@link ConfigException} naming the file and the field, e.g.
 * {@code avs[1].tasks[0].tau}. NaN and Infinity literals are read so that they can be reported by
 * field; unknown fields are errors (they are usually typos).
 */
public final class AuctionInstanceReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Set<String> TOP = Set.of("capacity", "rsu_cost", "e_hat", "avs", "items", "mu0", "alpha", "rho",
            "n_traffic", "comment");
    private static final Set<String> AV = Set.of("bid", "tasks", "name");
    private static final Set<String> TASK = Set.of("w", "tau", "v", "name");
    private static final Set<String> ITEM = Set.of("xi", "mu");

    private AuctionInstanceReader() {}

    public static AuctionInstance read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read a JSON instance: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    public static AuctionInstance parse(JsonNode root, String src) {
        if (root == null || !root.isObject()) throw new ConfigException(src, "", "must be a JSON object with capacity, rsu_cost and avs");
        unknown(root, TOP, "", src);
        MarketParams d = MarketParams.defaults();
        double capacity = num(root, "capacity", "", src, 0, true);
        double rsuCost = num(root, "rsu_cost", "", src, 0, true);
        OptionalDouble eHat = root.has("e_hat") ? OptionalDouble.of(finite(root.get("e_hat"), "e_hat", src)) : OptionalDouble.empty();
        double mu0 = root.has("mu0") ? num(root, "mu0", "", src, 0, true) : d.mu0();
        double alpha = root.has("alpha") ? num(root, "alpha", "", src, 1, true) : d.alpha();
        double rho = root.has("rho") ? num(root, "rho", "", src, 0, true) : d.rho();
        JsonNode avs = root.get("avs");
        if (avs == null || !avs.isArray()) throw new ConfigException(src, "avs", "is required: a list of {bid, tasks}");
        if (avs.size() == 0) throw new ConfigException(src, "avs", "must be a non-empty list of AVs");
        List<Av> avList = new ArrayList<>();
        double[] bids = new double[avs.size()];
        for (int i = 0; i < avs.size(); i++) {
            String at = "avs[" + i + "]";
            JsonNode av = object(avs.get(i), at, src);
            unknown(av, AV, at, src);
            bids[i] = num(av, "bid", at, src, 0, true);
            JsonNode tasks = av.get("tasks");
            if (tasks == null || !tasks.isArray() || tasks.size() == 0)
                throw new ConfigException(src, at + ".tasks", "must be a non-empty list of {w, tau}");
            List<DtTask> list = new ArrayList<>();
            for (int k = 0; k < tasks.size(); k++) {
                String tk = at + ".tasks[" + k + "]";
                JsonNode t = object(tasks.get(k), tk, src);
                unknown(t, TASK, tk, src);
                double w = positive(t, "w", tk, src);
                double tau = positive(t, "tau", tk, src);
                double v = t.has("v") ? num(t, "v", tk, src, 0, true) : 0;
                list.add(new DtTask(w, tau, v));
            }
            avList.add(new Av(i, list));
        }
        List<Item> items = new ArrayList<>();
        int nTraffic = d.nTraffic();
        JsonNode its = root.get("items");
        if (its != null && !its.isNull()) {
            if (!its.isArray()) throw new ConfigException(src, "items", "must be a list of {xi, mu}");
            for (int j = 0; j < its.size(); j++) {
                String at = "items[" + j + "]";
                JsonNode it = object(its.get(j), at, src);
                unknown(it, ITEM, at, src);
                double xi = num(it, "xi", at, src, 0, true);
                JsonNode mu = it.get("mu");
                if (mu == null || !mu.isArray() || mu.size() == 0)
                    throw new ConfigException(src, at + ".mu", "must be a non-empty list of match values, one per traffic simulator");
                if (j > 0 && mu.size() != items.get(0).nTraffic())
                    throw new ConfigException(src, at + ".mu", "must have " + items.get(0).nTraffic() + " values like items[0].mu, got " + mu.size());
                double[] m = new double[mu.size()];
                for (int k = 0; k < m.length; k++) {
                    m[k] = finite(mu.get(k), at + ".mu[" + k + "]", src);
                    if (m[k] < 0) throw new ConfigException(src, at + ".mu[" + k + "]", "must be >= 0, got " + m[k]);
                }
                items.add(new Item(xi, m));
            }
            if (!items.isEmpty()) nTraffic = items.get(0).nTraffic();
        }
        if (root.has("n_traffic")) {
            JsonNode n = root.get("n_traffic");
            if (!n.isIntegralNumber() || n.asInt() < 1) throw new ConfigException(src, "n_traffic", "must be a whole number >= 1, got " + n);
            if (!items.isEmpty() && n.asInt() != nTraffic)
                throw new ConfigException(src, "n_traffic", "must match the " + nTraffic + " match values per item, got " + n);
            nTraffic = n.asInt();
        }
        return new AuctionInstance(capacity, rsuCost, eHat, avList, bids, items, mu0, alpha, rho, nTraffic);
    }

    private static double num(JsonNode node, String field, String at, String src, double min, boolean required) {
        String path = at.isEmpty() ? field : at + "." + field;
        JsonNode v = node.get(field);
        if (v == null) throw new ConfigException(src, path, "is required");
        double x = finite(v, path, src);
        if (x < min) throw new ConfigException(src, path, "must be >= " + fmt(min) + ", got " + fmt(x));
        return x;
    }

    private static double positive(JsonNode node, String field, String at, String src) {
        String path = at + "." + field;
        JsonNode v = node.get(field);
        if (v == null) throw new ConfigException(src, path, "is required");
        double x = finite(v, path, src);
        if (!(x > 0)) throw new ConfigException(src, path, "must be > 0, got " + fmt(x));
        return x;
    }

    private static double finite(JsonNode v, String path, String src) {
        if (v == null || !v.isNumber()) throw new ConfigException(src, path, "must be a number, got " + v);
        double x = v.asDouble();
        if (!Double.isFinite(x)) throw new ConfigException(src, path, "must be a finite number, got " + x);
        return x;
    }

    private static JsonNode object(JsonNode n, String at, String src) {
        if (n == null || !n.isObject()) throw new ConfigException(src, at, "must be a JSON object");
        return n;
    }

    private static void unknown(JsonNode node, Set<String> allowed, String at, String src) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new ConfigException(src, at.isEmpty() ? f : at + "." + f, "unknown field; allowed: " + String.join(", ",
                        new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
