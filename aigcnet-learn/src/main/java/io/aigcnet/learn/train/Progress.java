package io.aigcnet.learn.train;

/** Progress callback for long training runs (a progress bar in the CLI, nothing in tests). */
public interface Progress {
    /** Called with the number of environment steps done so far. */
    void stepTo(long steps);

    Progress NONE = steps -> { };
}
