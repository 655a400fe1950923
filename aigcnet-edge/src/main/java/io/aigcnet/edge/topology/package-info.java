/**
 * The three tiers of the survey's mobile AIGC network (Fig. 1, §III-C): cloud data centres, edge
 * servers (base stations, optionally RSUs and UAVs) and mobile devices, each with compute, GPU
 * memory, storage, bandwidth and a location.
 */
package io.aigcnet.edge.topology;
