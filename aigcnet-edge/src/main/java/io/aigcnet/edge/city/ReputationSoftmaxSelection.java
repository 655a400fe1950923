package io.aigcnet.edge.city;

import io.aigcnet.edge.topology.Point;
import io.aigcnet.reputation.selection.SoftmaxReputationSelection;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Reputation-ranked softmax selection (the survey §V-D, ProSecutor's softmax over reputations): each
 * covering edge is drawn with probability softmax(reputation / temperature), with the softmax of
 * aigcnet-reputation. Reputation is each edge's Beta record of served and failed requests, or (with layer-2
 * settlement) its leaf in the RCOs' Reputation Tree built from the phones' rolled-up opinions.
 */
public final class ReputationSoftmaxSelection implements EdgeSelection {
    private final double temperature;
    private final UniformRandomProvider rng;
    private final java.util.function.ToDoubleFunction<EdgeServer> reputation;

    public ReputationSoftmaxSelection(double temperature, UniformRandomProvider rng) {
        this(temperature, rng, EdgeServer::reputation);
    }

    /** @param reputation where an edge's reputation comes from (its own record, or the layer-2 roll-ups' tree) */
    public ReputationSoftmaxSelection(double temperature, UniformRandomProvider rng, java.util.function.ToDoubleFunction<EdgeServer> reputation) {
        this.temperature = temperature;
        this.rng = rng;
        this.reputation = reputation;
    }

    @Override public String name() { return "reputation"; }

    @Override public EdgeServer choose(List<EdgeServer> candidates, Point user, double steps) {
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = reputation.applyAsDouble(candidates.get(i));
        double[] p = SoftmaxReputationSelection.probabilities(scores, temperature);
        double u = rng.nextDouble(), acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) return candidates.get(i);
        }
        return candidates.get(p.length - 1);
    }
}
