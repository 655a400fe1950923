package io.aigcnet.core.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers an experiment produces, as a tree written to {@code result.json}.
 *
 * <p>Keys are dotted paths ({@code put("throughput_tps.regular.500", 387.2)} becomes
 * {@code {"throughput_tps": {"regular": {"500": 387.2}}}}); insertion order is kept, so the file
 * is byte-stable for a given seed. Values may be numbers, strings, booleans, arrays, lists or
 * maps. A key cannot be both a leaf and a branch.
 */
public final class ResultRecorder {
    private final Map<String, Object> root = new LinkedHashMap<>();

    public ResultRecorder put(String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map))
                throw new IllegalArgumentException("result key '" + dottedKey + "': '" + parts[i] + "' is already a value");
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) child;
            node = next;
        }
        String leaf = parts[parts.length - 1];
        if (node.get(leaf) instanceof Map && !(value instanceof Map))
            throw new IllegalArgumentException("result key '" + dottedKey + "' already holds nested keys");
        node.put(leaf, normalise(value));
        return this;
    }

    /** The value at a dotted key, or null. */
    public Object get(String dottedKey) {
        Object node = root;
        for (String p : dottedKey.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) return null;
            node = m.get(p);
        }
        return node;
    }

    public Map<String, Object> asMap() {
        return root;
    }

    private static Object normalise(Object v) {
        if (v instanceof double[] a) return Arrays.stream(a).boxed().toList();
        if (v instanceof int[] a) return Arrays.stream(a).boxed().toList();
        if (v instanceof long[] a) return Arrays.stream(a).boxed().toList();
        if (v instanceof double[][] a) {
            List<Object> rows = new ArrayList<>();
            for (double[] r : a) rows.add(normalise(r));
            return rows;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object o : c) out.add(normalise(o));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), normalise(val)));
            return out;
        }
        return v;
    }
}
