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
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
            String where = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : "";
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            java.util.regex.Matcher special = java.util.regex.Pattern.compile("Malformed numeric value '([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))'").matcher(msg);
            if (special.find())
                throw new ConfigException(file.toString(), "", special.group(1) + " is not allowed" + where
                        + ": every value must be a finite number");
            throw new ConfigException(file.toString(), "",
                    "not valid " + (mapperFor(file) == YAML ? "YAML" : "JSON") + where + ": " + plainSyntax(msg));
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

    /** A parser's complaint without the parser's internals (token codes, class names). */
    private static String plainSyntax(String msg) {
        String m = msg.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s+at \\[Source.*", "").strip();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        return m.isEmpty() ? "cannot parse the file" : m;
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

    /** The reason in a user's words: what was expected and what the file has. No library or class names. */
    static String cleanMessage(JsonProcessingException e) {
        if (e.getCause() instanceof ConfigException ce) return ce.reason();
        if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) return iae.getMessage();
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("Numeric value \\(([^)]*)\\) out of range of \\w+ \\((\\S+) - (\\S+)\\)").matcher(msg);
        if (range.find()) return "must be a whole number from " + range.group(2) + " to " + range.group(3) + ", got " + range.group(1);
        if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            String want = expected(mi.getTargetType());
            if (msg.startsWith("Cannot map `null`")) return "must be " + want + ", got nothing (null)";
            return "must be " + want + ", got " + got(e, msg);
        }
        return "wrong type or value";
    }

    private static String expected(Class<?> t) {
        if (t == int.class || t == long.class || t == short.class || t == Integer.class || t == Long.class || t == Short.class)
            return "a whole number";
        if (t == double.class || t == float.class || t == Double.class || t == Float.class) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == String.class) return "text";
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : t.getEnumConstants()) names.add(c.toString());
            return "one of " + String.join(", ", names);
        }
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) return "a list";
        return "a mapping of fields";
    }

    private static String got(JsonProcessingException e, String msg) {
        if (e instanceof InvalidFormatException ife && ife.getValue() != null) {
            Object v = ife.getValue();
            return v instanceof String str ? "'" + str + "'" : String.valueOf(v);
        }
        java.util.regex.Matcher fp = java.util.regex.Pattern.compile("Floating-point value \\(([^)]*)\\)").matcher(msg);
        if (fp.find()) return fp.group(1);
        java.util.regex.Matcher str = java.util.regex.Pattern.compile("from String \"([^\"]*)\"").matcher(msg);
        if (str.find()) return "'" + str.group(1) + "'";
        if (msg.contains("Array value") || msg.contains("START_ARRAY")) return "a list";
        if (msg.contains("Object value") || msg.contains("START_OBJECT")) return "a mapping";
        if (msg.contains("VALUE_TRUE")) return "true";
        if (msg.contains("VALUE_FALSE")) return "false";
        if (msg.contains("Integer value") || msg.contains("Floating-point value")) return "a number";
        if (msg.contains("String value")) return "text";
        return "something else";
    }
}
