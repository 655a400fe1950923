package io.aigcnet.reputation.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The reputation module's experiments, for {@code aigcnet reproduce}. */
public final class ReputationExperiments {
    private ReputationExperiments() {}

    public static List<Experiment> all() {
        return List.of(new ProsecutorReputationExperiment(), new ReputationAblationExperiment(), new SurveyReputationExperiment());
    }
}
