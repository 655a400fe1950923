package io.aigcnet.edge.asp;

/**
 * The omniscient upper bound ("prophet"): among the ASPs with enough available steps, the one with
 * the highest strictly positive utility (the first on ties); ASP 0 when none qualifies, which may
 * crash it (AGOD SwarmManager.best_reward_service_provider).
 */
public final class ProphetSelection implements AspSelectionPolicy {
    @Override public String name() { return "prophet"; }

    @Override public int select(AspView view, AspTask task) {
        double best = 0;
        int bestAsp = 0;
        for (int i = 0; i < view.size(); i++) {
            if (view.availableT(i) >= task.t()) {
                double u = view.utility(i, task.t());
                if (u > best) {
                    best = u;
                    bestAsp = i;
                }
            }
        }
        return bestAsp;
    }
}
