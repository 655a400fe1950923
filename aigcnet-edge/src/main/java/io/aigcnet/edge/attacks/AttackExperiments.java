package io.aigcnet.edge.attacks;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The attack experiments, for the CLI's {@code reproduce}. */
public final class AttackExperiments {
    private AttackExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(new ProsecutorAttacksExperiment());
    }
}
