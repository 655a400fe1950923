package io.aigcnet.layer2.service.sim;

/**
 * One completed service round.
 *
 * @param latencyS        request to transfer completion (handshake, inference, storage, channel)
 * @param channelS        the channel part alone (including establishment when the channel was new)
 * @param newChannel      whether the round had to establish the channel first (ProSecutor eq. (3) case)
 */
public record RoundRecord(int client, int masp, double startS, double latencyS, double channelS, boolean newChannel,
                          long fee, double quality, boolean satisfied) {
}
