package io.aigcnet.ledger.experiment;

import io.aigcnet.core.experiment.Experiment;
import java.util.List;

/** The ledger module's experiments, for {@code aigcnet reproduce}. */
public final class LedgerExperiments {
    private LedgerExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(new ProsecutorBaselineExperiment());
    }
}
