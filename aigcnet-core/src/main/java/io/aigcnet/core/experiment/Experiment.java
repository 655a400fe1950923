package io.aigcnet.core.experiment;

/**
 * One reproducible figure or table of a paper. It reads its config through the context, records
 * numbers, series, charts and a report, and must be deterministic for a given seed.
 */
public interface Experiment {
    /** Stable id used on the command line, e.g. {@code prosecutor-reputation}. */
    String id();

    /** One line for {@code reproduce --list}. */
    String title();

    /** Where in which paper, e.g. {@code ProSecutor (seed 000) Fig. 8-A}. */
    String paperRef();

    void run(ExperimentContext ctx) throws Exception;
}
