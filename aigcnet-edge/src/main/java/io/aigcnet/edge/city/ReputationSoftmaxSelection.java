package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import io.aigcnet.reputation.selection.SoftmaxReputationSelection;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Reputation-ranked softmax selection (the survey §V-D, ProSecutor's softmax over reputations): each
 * covering edge is drawn with probability softmax(reputation / temperature), with the softmax of
 * aigcnet-reputation. Reputation is each edge's Beta record of served and failed requests.
 */
public final class ReputationSoftmaxSelection implements EdgeSelection {
    private final double temperature;
    private final UniformRandomProvider rng;

    public ReputationSoftmaxSelection(double temperature, UniformRandomProvider rng) {
        this.temperature = temperature;
        this.rng = rng;
    }

    @Override public String name() { return "reputation"; }

    @Override public EdgeServer choose(List<EdgeServer> candidates, Point user, double steps) {
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = candidates.get(i).reputation();
        double[] p = SoftmaxReputationSelection.probabilities(scores, temperature);
        double u = rng.nextDouble(), acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) return candidates.get(i);
        }
        return candidates.get(p.length - 1);
    }
}
