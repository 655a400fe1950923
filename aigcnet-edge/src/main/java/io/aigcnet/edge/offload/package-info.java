/**
 * Task offloading (the survey §VI-B): a request runs on the device, at an edge server or in the
 * cloud; each option's latency is upload + queueing + model load + compute + download, and the
 * device's energy is its compute energy (local) or its radio energy (offloaded).
 */
package io.aigcnet.edge.offload;
