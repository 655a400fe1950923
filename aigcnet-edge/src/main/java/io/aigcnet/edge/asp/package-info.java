/**
 * The survey's ASP-selection case study (Fig. 9) with the concrete environment of the public AGOD
 * reference: ASPs with a capacity in diffusion steps and a piecewise-linear utility, tasks that
 * hold their steps for a quadratic runtime, and a crash when an admission exceeds the capacity.
 * {@link io.aigcnet.edge.asp.AspCluster} holds the state, {@link io.aigcnet.edge.asp.AspSelectionPolicy}
 * chooses, {@link io.aigcnet.edge.asp.AspReplay} replays a trace.
 */
package io.aigcnet.edge.asp;
