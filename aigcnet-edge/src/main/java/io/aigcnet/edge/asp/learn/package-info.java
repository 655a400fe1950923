/**
 * Learned ASP selection for the survey's Fig. 9: D2SAC (the diffusion actor with softmax decoding),
 * discrete SAC and PPO from aigcnet-learn, trained on {@link io.aigcnet.edge.asp.AspSelectionEnv}
 * and wrapped as {@link io.aigcnet.edge.asp.AspSelectionPolicy}.
 */
package io.aigcnet.edge.asp.learn;
