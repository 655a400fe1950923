package io.aigcnet.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads config records from YAML or JSON files (chosen by extension; {@code .yaml}/{@code .yml}
 * is YAML, anything else JSON). Field names in files are snake_case ({@code block_interval_s});
 * record components are camelCase ({@code blockIntervalS}).
 *
 * <p>Layering (JMH style): a record of defaults, overridden field by field by the file, then
 * validated. An unknown field, a value of the wrong type, or a failed check is a
 * {@link ConfigException} that names the file, the field and what is allowed.
 */
public final class ConfigLoader {
    private static final ObjectMapper JSON = mapper(new ObjectMapper());
    private static final ObjectMapper YAML = mapper(new ObjectMapper(new YAMLFactory()));

    private ConfigLoader() {}

    private static ObjectMapper mapper(ObjectMapper m) {
        return m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
    }

    /** The mapper used for config files of this name (snake_case, strict). */
    public static ObjectMapper mapperFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }

    /** The config as the snake_case tree a user would write in a file (for result.json's meta). */
    public static JsonNode toTree(Object config) {
        return JSON.valueToTree(config);
    }

    /** Defaults overridden by {@code file} (may be null), validated. */
    public static <C> C load(Path file, Class<C> type, C defaults) {
        C merged = defaults;
        if (file != null) {
            JsonNode override = readTree(file);
            if (!override.isObject())
                throw new ConfigException(file.toString(), "", "must be a mapping of field names to values");
            ObjectNode base = JSON.valueToTree(defaults);
            mergeInto(base, (ObjectNode) override, "", file);
            try {
                merged = JSON.treeToValue(base, type);
            } catch (JsonProcessingException e) {
                throw new ConfigException(file.toString(), path(e), cleanMessage(e));
            }
        }
        if (merged instanceof Validated v) {
            try {
                v.validate();
            } catch (ConfigException e) {
                throw file == null ? e : e.inFile(file);
            }
        }
        return merged;
    }

    /** Reads a whole input file (YAML or JSON) into a tree, with a clear error if unreadable. */
    public static JsonNode readTree(Path file) {
        try {
            String text = Files.readString(file);
            if (text.isBlank()) throw new ConfigException(file.toString(), "", "file is empty");
            JsonNode node = mapperFor(file).readTree(text);
            if (node == null || node.isMissingNode())
                throw new ConfigException(file.toString(), "", "file has no content");
            return node;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "", "file not found");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file.toString(), "",
                    "not valid " + (mapperFor(file) == YAML ? "YAML" : "JSON") + ": " + e.getOriginalMessage()
                            + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")" : ""));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read file: " + e.getMessage());
        }
    }

    /** Reads an input file straight into a type (no defaults), mapping errors to ConfigException. */
    public static <T> T read(Path file, Class<T> type) {
        JsonNode tree = readTree(file);
        try {
            return mapperFor(file).treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file.toString(), path(e), cleanMessage(e));
        }
    }

    private static void mergeInto(ObjectNode base, ObjectNode override, String prefix, Path file) {
        Iterator<Map.Entry<String, JsonNode>> it = override.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String field = prefix.isEmpty() ? key : prefix + "." + key;
            if (!base.has(key)) {
                List<String> allowed = new ArrayList<>();
                base.fieldNames().forEachRemaining(allowed::add);
                throw new ConfigException(file.toString(), field,
                        "unknown field; allowed fields are " + String.join(", ", allowed));
            }
            JsonNode current = base.get(key);
            if (current != null && current.isObject() && e.getValue().isObject()) {
                mergeInto((ObjectNode) current, (ObjectNode) e.getValue(), field, file);
            } else {
                base.set(key, e.getValue());
            }
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) return "";
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String cleanMessage(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf(" at [Source");
        if (cut > 0) msg = msg.substring(0, cut);
        if (e.getCause() instanceof ConfigException ce) return ce.reason();
        if (e.getCause() instanceof IllegalArgumentException iae) return iae.getMessage();
        return "wrong type or value: " + msg;
    }
}
