package io.aigcnet.edge.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The network experiments, for {@code aigcnet reproduce}. */
public final class EdgeExperiments {
    private EdgeExperiments() {}

    public static List<Experiment> all() {
        return List.of(new AspSelectionExperiment(), new ModelCachingExperiment(), new OffloadingMobilityExperiment(), new CityRunExperiment());
    }
}
