/**
 * The ledger module's reproducible experiments for {@code aigcnet reproduce}:
 * {@code prosecutor-baseline} runs the BlockEmulator-parity chain of ProSecutor Fig. 7 (baseline side)
 * in the simulated runtime. {@link io.aigcnet.chain.experiment.ChainExperiments#all()} lists them.
 */
package io.aigcnet.layer2.experiment;
