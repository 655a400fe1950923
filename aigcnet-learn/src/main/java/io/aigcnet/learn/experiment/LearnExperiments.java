package io.aigcnet.learn.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The learn module's experiments, for {@code aigcnet reproduce}. */
public final class LearnExperiments {
    private LearnExperiments() {}

    public static List<Experiment> all() {
        return List.of(new LearnSanityExperiment());
    }
}
