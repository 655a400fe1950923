package io.aigcnet.edge.asp;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a trace {@code {"asps": [{"total_t", "a_x", "a_y", "b_x", "b_y"}], "tasks": [{"arrival_s", "t"}]}}
 * (JSON or YAML). Every problem is a {@link ConfigException} naming the file and the field
 * ({@code tasks[3].arrival_s}) with what is allowed.
 */
public final class AspTraceReader {
    private static final Set<String> ASP_FIELDS = Set.of("total_t", "a_x", "a_y", "b_x", "b_y");
    private static final Set<String> TASK_FIELDS = Set.of("arrival_s", "t");

    private AspTraceReader() {}

    public static AspTrace read(Path file) {
        JsonNode root = ConfigLoader.readTree(file);
        try {
            return parse(root);
        } catch (ConfigException e) {
            throw e.inFile(file);
        }
    }

    /** Parses a trace tree; errors name the field but not the file. */
    public static AspTrace parse(JsonNode root) {
        if (!root.isObject()) throw ConfigException.field("", "must be an object with fields asps and tasks");
        checkFields(root, "", Set.of("asps", "tasks"));
        JsonNode asps = array(root, "asps");
        JsonNode tasks = array(root, "tasks");
        if (asps.isEmpty()) throw ConfigException.field("asps", "must list at least one ASP");
        List<AspProfile> profiles = new ArrayList<>();
        for (int i = 0; i < asps.size(); i++) {
            String at = "asps[" + i + "]";
            JsonNode a = object(asps.get(i), at);
            checkFields(a, at, ASP_FIELDS);
            int totalT = integer(a, at, "total_t", 1);
            double ax = number(a, at, "a_x"), ay = number(a, at, "a_y"), bx = number(a, at, "b_x"), by = number(a, at, "b_y");
            if (!(ax < bx)) throw ConfigException.field(at + ".b_x", "must be greater than a_x (" + ax + "), got " + bx);
            profiles.add(new AspProfile(totalT, ax, ay, bx, by));
        }
        List<AspTask> list = new ArrayList<>();
        double last = 0;
        for (int i = 0; i < tasks.size(); i++) {
            String at = "tasks[" + i + "]";
            JsonNode t = object(tasks.get(i), at);
            checkFields(t, at, TASK_FIELDS);
            double arrival = number(t, at, "arrival_s");
            if (arrival < 0) throw ConfigException.field(at + ".arrival_s", "must be >= 0 seconds, got " + arrival);
            if (arrival < last)
                throw ConfigException.field(at + ".arrival_s", "tasks must be in arrival order; " + arrival + " is before the previous " + last);
            last = arrival;
            list.add(new AspTask(arrival, integer(t, at, "t", 1)));
        }
        return new AspTrace(profiles, list);
    }

    private static JsonNode array(JsonNode root, String name) {
        JsonNode n = root.get(name);
        if (n == null) throw ConfigException.field(name, "missing (required list)");
        if (!n.isArray()) throw ConfigException.field(name, "must be a list");
        return n;
    }

    private static JsonNode object(JsonNode n, String at) {
        if (n == null || !n.isObject()) throw ConfigException.field(at, "must be an object");
        return n;
    }

    private static void checkFields(JsonNode n, String at, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f))
                throw ConfigException.field(at.isEmpty() ? f : at + "." + f,
                        "unknown field; allowed fields are " + String.join(", ", allowed.stream().sorted().toList()));
        }
        for (String f : allowed)
            if (!n.has(f)) throw ConfigException.field(at.isEmpty() ? f : at + "." + f, "missing (required)");
    }

    private static double number(JsonNode n, String at, String f) {
        JsonNode v = n.get(f);
        if (!v.isNumber() || !Double.isFinite(v.asDouble()))
            throw ConfigException.field(at + "." + f, "must be a finite number, got " + v);
        return v.asDouble();
    }

    private static int integer(JsonNode n, String at, String f, int min) {
        JsonNode v = n.get(f);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min)
            throw ConfigException.field(at + "." + f, "must be an integer >= " + min + " (diffusion steps), got " + v);
        return v.asInt();
    }
}
