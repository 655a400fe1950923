package io.aigcnet.edge.cache;

import java.util.List;

/** Chooses which loaded model to evict next; ties go to the first candidate in load order. */
public interface EvictionPolicy {
    String name();

    /** Index into {@code loaded} (never empty) of the model to evict. */
    int victim(List<EntryStats> loaded);

    /** The index of the smallest key; the first on ties. */
    static int argMin(List<EntryStats> loaded, java.util.function.ToDoubleFunction<EntryStats> key) {
        int best = 0;
        double bestKey = key.applyAsDouble(loaded.get(0));
        for (int i = 1; i < loaded.size(); i++) {
            double k = key.applyAsDouble(loaded.get(i));
            if (k < bestKey) {
                bestKey = k;
                best = i;
            }
        }
        return best;
    }
}
