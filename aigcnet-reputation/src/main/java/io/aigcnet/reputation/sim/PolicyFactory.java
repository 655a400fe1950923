package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.selection.ScoreSource;
import io.aigcnet.reputation.selection.SelectionPolicy;
import org.apache.commons.rng.UniformRandomProvider;

/** Builds a selection policy over the scores the simulation keeps up to date. */
@FunctionalInterface
public interface PolicyFactory {
    /**
     * @param reputation the client's reputation for a MASP as of the previous round
     * @param popularity tasks the MASP has completed network-wide
     */
    SelectionPolicy create(ScoreSource reputation, ScoreSource popularity, UniformRandomProvider rng);
}
