package io.aigcnet.learn.buffer;

/** A sampled batch of n transitions, row-major; {@code terminated} is 1 where the MDP ended (not at time limits). */
public record Transitions(int size, int obsDim, int actDim, float[] observations, float[] actions, float[] rewards,
                          float[] nextObservations, float[] terminated) {}
