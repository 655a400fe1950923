package io.aigcnet.edge.asp;

import org.apache.commons.rng.UniformRandomProvider;

/** Random allocation: a uniformly random ASP, ignoring load and utility (the minimum benchmark). */
public final class RandomSelection implements AspSelectionPolicy {
    private final UniformRandomProvider rng;

    public RandomSelection(UniformRandomProvider rng) { this.rng = rng; }

    @Override public String name() { return "random"; }

    @Override public int select(AspView view, AspTask task) { return rng.nextInt(view.size()); }
}
