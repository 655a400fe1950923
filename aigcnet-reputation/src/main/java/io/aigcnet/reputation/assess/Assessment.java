package io.aigcnet.reputation.assess;

import io.aigcnet.reputation.mwsl.ReputationResult;
import java.util.Map;

/** Result of an assessment: the opinions and reputation, and the factors of every client's opinion (input order). */
public record Assessment(ReputationResult result, Map<String, FactorValues> weights) {
    public Assessment {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }
}
