package io.aigcnet.edge.asp;

/** Crash-avoid ("overloading avoidance"): the ASP with the most available steps, the first on ties (AGOD argmax). */
public final class CrashAvoidSelection implements AspSelectionPolicy {
    @Override public String name() { return "crash-avoid"; }

    @Override public int select(AspView view, AspTask task) {
        int best = 0;
        for (int i = 1; i < view.size(); i++) if (view.availableT(i) > view.availableT(best)) best = i;
        return best;
    }
}
