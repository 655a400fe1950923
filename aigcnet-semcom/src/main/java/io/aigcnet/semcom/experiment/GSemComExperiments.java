package io.aigcnet.semcom.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The experiments of G-SemCom, for the CLI's {@code reproduce}. */
public final class GSemComExperiments {
    private GSemComExperiments() {}

    public static List<Experiment> all() {
        return List.of(new ParadigmsExperiment(), new RobustnessExperiment(), new DecoderStepsExperiment(), new CostExperiment(),
                new AblationExperiment(), new TrainingExperiment(), new StatesExperiment(), new UsersExperiment());
    }
}
