package io.aigcnet.reputation.selection;

/** A per-(client, MASP) score a policy ranks by: reputation, interaction count, … */
@FunctionalInterface
public interface ScoreSource {
    double score(int client, int masp);
}
