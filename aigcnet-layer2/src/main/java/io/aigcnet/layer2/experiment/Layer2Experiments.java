package io.aigcnet.layer2.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** ProSecutor layer-2 experiments (roll-ups, channels, storage chain), for {@code aigcnet reproduce}. */
public final class Layer2Experiments {
    private Layer2Experiments() {
    }

    public static List<Experiment> all() {
        return List.of(new ProsecutorThroughputExperiment(), new ProsecutorStorageExperiment(), new ProsecutorLatencyExperiment(),
                new ProsecutorAtomicityExperiment());
    }
}
