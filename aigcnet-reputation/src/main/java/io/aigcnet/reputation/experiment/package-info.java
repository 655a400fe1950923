/**
 * The reproducible reputation experiments (ProSecutor Fig. 8-A and 8-B, survey Figs. 14–15) as
 * {@link io.aigcnet.core.experiment.Experiment}s, their behaviour checks beside the papers'
 * statements, and the summary table the {@code demo} command prints.
 */
package io.aigcnet.reputation.experiment;
