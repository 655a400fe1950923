package io.aigcnet.core.runtime.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigcnet.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU nanoseconds per operation on one core, measured from the real code by a calibration command.
 * {@code command} and {@code machine} say how and where the numbers were measured, so a report can print them.
 */
public record CostTable(Map<String, Long> nanos, String command, String machine) {
    public CostTable {
        nanos = Collections.unmodifiableMap(new TreeMap<>(nanos));
        for (var e : nanos.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("cost of '" + e.getKey() + "' must be >= 0 ns, got " + e.getValue());
            }
        }
    }

    /** Cost of one execution; an operation missing from the table is a programming error, never free. */
    public long of(String operation) {
        Long v = nanos.get(operation);
        if (v == null) {
            throw new IllegalArgumentException("no cost for operation '" + operation + "' in the cost table (has "
                    + nanos.keySet() + "); re-run the calibration command");
        }
        return v;
    }

    public String toJson() {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        root.put("command", command);
        root.put("machine", machine);
        ObjectNode c = root.putObject("costs_ns");
        nanos.forEach(c::put);
        try {
            return om.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CostTable parse(InputStream in, String source) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode c = root == null ? null : root.get("costs_ns");
            if (c == null || !c.isObject()) {
                throw ConfigException.field("costs_ns", source + ": missing object 'costs_ns' (operation -> nanoseconds)");
            }
            Map<String, Long> m = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().canConvertToLong() || e.getValue().asLong() < 0) {
                    throw ConfigException.field("costs_ns." + e.getKey(), source + ": must be a non-negative integer (ns), got "
                            + e.getValue());
                }
                m.put(e.getKey(), e.getValue().asLong());
            }
            return new CostTable(m, root.path("command").asText(""), root.path("machine").asText(""));
        } catch (IOException e) {
            throw ConfigException.field("costs_ns", source + ": not valid JSON: " + e.getMessage());
        }
    }

    public static CostTable load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ConfigException.field("cost_table", "file not found: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw ConfigException.field("cost_table", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
