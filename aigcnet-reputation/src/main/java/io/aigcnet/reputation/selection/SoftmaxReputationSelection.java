package io.aigcnet.reputation.selection;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The survey's ESP selection (Sec. V-D): draw a MASP with probability softmax(reputation / T);
 * on rejection, draw again among the MASPs not yet tried.
 */
public final class SoftmaxReputationSelection implements SelectionPolicy {
    private final ScoreSource reputation;
    private final double temperature;
    private final UniformRandomProvider rng;

    public SoftmaxReputationSelection(ScoreSource reputation, double temperature, UniformRandomProvider rng) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("softmax temperature must be a finite number > 0, got " + temperature);
        }
        this.reputation = reputation;
        this.temperature = temperature;
        this.rng = rng;
    }

    /** Softmax probabilities of the scores at this temperature (max-shifted for stability). */
    public static double[] probabilities(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Override
    public Selection select(int client, int[] candidates, Handshake handshake) {
        int n = candidates.length;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = reputation.score(client, candidates[i]);
        }
        boolean[] tried = new boolean[n];
        int attempts = 0;
        while (attempts < n) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!tried[i]) {
                    max = Math.max(max, score[i]);
                }
            }
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = tried[i] ? 0 : Math.exp((score[i] - max) / temperature);
                sum += w[i];
            }
            double u = rng.nextDouble() * sum;
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (tried[i]) {
                    continue;
                }
                pick = i;
                u -= w[i];
                if (u < 0) {
                    break;
                }
            }
            tried[pick] = true;
            attempts++;
            if (SelectionPolicy.handshake(handshake, client, candidates[pick])) {
                return new Selection(candidates[pick], attempts);
            }
        }
        return new Selection(Selection.NONE, attempts);
    }
}
