package io.aigcnet.learn.train;

import java.util.ArrayList;
import java.util.List;

/** Keeps every record in memory (tests, determinism checks, final-metric extraction). */
public final class MemoryTrainLog implements TrainLog {
    /** One record. */
    public record Entry(long step, String key, double value) {}

    private final List<Entry> entries = new ArrayList<>();

    @Override public synchronized void record(long step, String key, double value) {
        entries.add(new Entry(step, key, value));
    }

    public synchronized List<Entry> entries() { return List.copyOf(entries); }

    public synchronized List<Entry> entries(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).toList();
    }

    /** The last value recorded under key, or NaN. */
    public synchronized double last(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) if (entries.get(i).key().equals(key)) return entries.get(i).value();
        return Double.NaN;
    }
}
