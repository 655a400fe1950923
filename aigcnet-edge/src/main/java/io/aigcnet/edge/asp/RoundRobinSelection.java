package io.aigcnet.edge.asp;

/** Round-robin: ASP 0, 1, 2, … in turn, one per task, whatever the load; restarts at 0 on reset. */
public final class RoundRobinSelection implements AspSelectionPolicy {
    private long next;

    @Override public String name() { return "round-robin"; }

    @Override public int select(AspView view, AspTask task) {
        return (int) (next++ % view.size());
    }

    @Override public void reset() { next = 0; }
}
