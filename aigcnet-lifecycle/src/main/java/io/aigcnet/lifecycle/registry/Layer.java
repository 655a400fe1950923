package io.aigcnet.lifecycle.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A copy-on-write layer over a committed map: reads fall through, writes stay here until {@link #commit}. */
final class Layer<K, V> {
    private final Map<K, V> base;
    private final Map<K, Optional<V>> changes = new HashMap<>();

    Layer(Map<K, V> base) {
        this.base = base;
    }

    V get(K k) {
        Optional<V> c = changes.get(k);
        return c != null ? c.orElse(null) : base.get(k);
    }

    boolean has(K k) {
        return get(k) != null;
    }

    void put(K k, V v) {
        changes.put(k, Optional.of(v));
    }

    void remove(K k) {
        changes.put(k, Optional.empty());
    }

    void commit() {
        for (Map.Entry<K, Optional<V>> e : changes.entrySet()) {
            if (e.getValue().isPresent()) {
                base.put(e.getKey(), e.getValue().get());
            } else {
                base.remove(e.getKey());
            }
        }
        changes.clear();
    }
}
