/**
 * The paper's evaluation as reproducible experiments: the PPO learning curve against Random and
 * the exact optimum (Fig. 2a), the learned menus for the three printed states (Fig. 2b) and the
 * effect of the preference alpha on BS and device utility (Fig. 3). {@link
 * io.aigcnet.mechanism.datasharing.experiment.DataSharingExperiments#all()} lists them for the CLI.
 */
package io.aigcnet.mechanism.datasharing.experiment;
