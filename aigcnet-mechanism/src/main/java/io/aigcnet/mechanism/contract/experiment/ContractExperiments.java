package io.aigcnet.mechanism.contract.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The contract experiments, for {@code aigcnet reproduce}. */
public final class ContractExperiments {
    private ContractExperiments() {}

    public static List<Experiment> all() {
        return List.of(new ProsecutorTrainingExperiment(), new ProsecutorStatesExperiment(), new MoralHazardExperiment(),
                new SurveyContractExperiment());
    }
}
