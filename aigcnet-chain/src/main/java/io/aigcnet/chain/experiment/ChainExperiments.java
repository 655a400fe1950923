package io.aigcnet.chain.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The chain module's experiments (layer 1 alone), for {@code aigcnet reproduce}. */
public final class ChainExperiments {
    private ChainExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(new ProsecutorBaselineExperiment());
    }
}
