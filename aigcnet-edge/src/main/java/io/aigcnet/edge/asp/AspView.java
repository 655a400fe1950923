package io.aigcnet.edge.asp;

/** What a selection policy may see of the ASPs at the moment a task arrives (after releases). */
public interface AspView {
    int size();

    int totalT(int asp);

    int availableT(int asp);

    /** The ASP's utility for this task (only the omniscient upper bound reads it). */
    double utility(int asp, int t);
}
