package io.aigcnet.mechanism.qoe.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The experiments of seed 003, for the CLI's {@code reproduce}. */
public final class QoeExperiments {

    private QoeExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(new SensitivityExperiment(), new ScaleExperiment(), new CaseStudyExperiment(),
                new BaselinesExperiment());
    }
}
