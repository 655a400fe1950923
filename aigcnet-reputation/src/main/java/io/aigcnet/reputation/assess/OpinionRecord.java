package io.aigcnet.reputation.assess;

import java.util.List;

/**
 * A client's latest opinion on a MASP as an RCO holds it: judgment counts, the block of the latest
 * opinion, and the fees and blocks of its earlier opinions (for market worth).
 */
public record OpinionRecord(String client, String masp, long positive, long negative, long block, List<FeeRecord> history) {
    public OpinionRecord {
        history = List.copyOf(history);
    }
}
