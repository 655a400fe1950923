package io.aigcnet.edge.asp.learn;

import io.aigcnet.edge.asp.AspObservation;
import io.aigcnet.edge.asp.AspSelectionPolicy;
import io.aigcnet.edge.asp.AspSetup;
import io.aigcnet.edge.asp.AspTask;
import io.aigcnet.edge.asp.AspView;
import io.aigcnet.learn.policy.Policy;

/** A trained policy acting greedily on AGOD's observation of the ASPs and the task. */
public final class LearnedSelection implements AspSelectionPolicy {
    private final String name;
    private final Policy policy;
    private final AspSetup setup;

    public LearnedSelection(String name, Policy policy, AspSetup setup) {
        this.name = name;
        this.policy = policy;
        this.setup = setup;
    }

    @Override public String name() { return name; }

    @Override public int select(AspView view, AspTask task) {
        return (int) policy.act(AspObservation.of(view, task, setup))[0];
    }
}
