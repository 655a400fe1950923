package io.aigcnet.mechanism.datasharing.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The seed-002 experiments, for {@code aigcnet reproduce}. */
public final class DataSharingExperiments {

    private DataSharingExperiments() {}

    public static List<Experiment> all() {
        return List.of(new TrainingExperiment(), new ContractsExperiment(), new AlphaSweepExperiment());
    }
}
