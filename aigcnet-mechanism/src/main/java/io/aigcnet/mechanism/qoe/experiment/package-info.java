/**
 * The reproducible experiments of seed 003 (Figs. 5–8, Tables IV–V) on the core experiment API:
 * sensitivity sweeps, scale, the calibrated case study and the baseline comparison. Every
 * constant lives in the experiments' config records.
 */
package io.aigcnet.mechanism.qoe.experiment;
