package io.aigcnet.lifecycle.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The lifecycle experiments, for the CLI's {@code reproduce}. */
public final class LifecycleExperiments {
    private LifecycleExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(new SurveyLifecycleExperiment());
    }
}
