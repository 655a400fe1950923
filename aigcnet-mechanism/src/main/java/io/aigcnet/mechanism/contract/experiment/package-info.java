/**
 * The contract figures: ProSecutor Fig. 9(a) training curves, Fig. 9(b) contracts in several market states,
 * Fig. 9(c) the MASP's deviations, and the survey's Fig. 13 (training and the fixed-state contracts), each with the
 * exact optimum beside the learners and the gap of every learned contract to it.
 */
package io.aigcnet.mechanism.contract.experiment;
