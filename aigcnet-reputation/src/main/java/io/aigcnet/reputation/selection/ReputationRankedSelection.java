package io.aigcnet.reputation.selection;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Algorithm 2: sort the available MASPs by the client's reputation for them, highest first, and
 * fall through to the next one on rejection. Ties keep the candidates' given order.
 */
public final class ReputationRankedSelection implements SelectionPolicy {
    private final ScoreSource reputation;

    public ReputationRankedSelection(ScoreSource reputation) {
        this.reputation = reputation;
    }

    @Override
    public Selection select(int client, int[] candidates, Handshake handshake) {
        double[] score = new double[candidates.length];
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            score[i] = reputation.score(client, candidates[i]);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score[i]).reversed().thenComparingInt(i -> i));
        int attempts = 0;
        for (Integer i : order) {
            attempts++;
            if (SelectionPolicy.handshake(handshake, client, candidates[i])) {
                return new Selection(candidates[i], attempts);
            }
        }
        return new Selection(Selection.NONE, attempts);
    }
}
