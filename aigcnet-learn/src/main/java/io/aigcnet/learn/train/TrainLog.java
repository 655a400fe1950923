package io.aigcnet.learn.train;

/** Where trainers report scalar metrics: (environment step, metric key, value). */
public interface TrainLog {
    void record(long step, String key, double value);

    TrainLog NONE = (step, key, value) -> { };

    /** Sends every record to both logs. */
    default TrainLog and(TrainLog other) {
        return (step, key, value) -> { record(step, key, value); other.record(step, key, value); };
    }
}
