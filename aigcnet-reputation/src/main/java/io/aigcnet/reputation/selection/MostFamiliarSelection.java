package io.aigcnet.reputation.selection;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The survey's "traditional" baseline: go back to the MASP the client has used most (its own
 * interaction count), ties broken uniformly at random; fall through in descending familiarity.
 */
public final class MostFamiliarSelection implements SelectionPolicy {
    private final ScoreSource ownInteractions;
    private final UniformRandomProvider rng;

    public MostFamiliarSelection(ScoreSource ownInteractions, UniformRandomProvider rng) {
        this.ownInteractions = ownInteractions;
        this.rng = rng;
    }

    @Override
    public Selection select(int client, int[] candidates, Handshake handshake) {
        int n = candidates.length;
        double[] score = new double[n];
        double[] tieBreak = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            score[i] = ownInteractions.score(client, candidates[i]);
            tieBreak[i] = rng.nextDouble();
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> score[i]).reversed()
                .thenComparingDouble(i -> tieBreak[i]));
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
