package io.aigcnet.edge.asp;

/** Chooses the ASP for the task that arrives now. Policies may keep state across calls (round-robin). */
public interface AspSelectionPolicy {
    /** Short name used on the command line and in result keys. */
    String name();

    int select(AspView view, AspTask task);

    /** Called at the start of an episode. */
    default void reset() {}
}
