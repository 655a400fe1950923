package io.aigcnet.reputation.sim;

import org.apache.commons.rng.UniformRandomProvider;

/** A MASP serving one request and the client judging it: the client's private QoE model reduced to a boolean. */
@FunctionalInterface
public interface Service {
    /**
     * @param load how many requests the MASP has accepted this round, including this one
     * @return true if the client finds the output satisfying
     */
    boolean serveAndJudge(int client, int masp, int round, int load, UniformRandomProvider rng);
}
