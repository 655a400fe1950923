/**
 * Experiments as data: an {@link io.aigcnet.core.experiment.Experiment} per reproduced figure,
 * run atomically into {@code out/<id>/} with result.json, CSVs, PNGs and report.md.
 */
package io.aigcnet.core.experiment;
