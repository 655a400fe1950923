package io.aigcnet.reputation.assess;

import io.aigcnet.reputation.mwsl.MwslParams;
import java.util.List;

/** A reputation query: who asks about whom, with which parameters, over which opinions. */
public record AssessmentInput(MwslParams params, long latestBlock, double sensitivity, String client, String masp,
                              List<OpinionRecord> opinions) {
    public AssessmentInput {
        opinions = List.copyOf(opinions);
    }
}
