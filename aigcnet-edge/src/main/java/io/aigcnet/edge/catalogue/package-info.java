/**
 * The AIGC service catalogue (the survey §III-B, Table II): text, image, audio, video and 3D models,
 * each with a per-request cost, a GPU-memory footprint, a quality-vs-resource curve and the tiers
 * that may host it.
 */
package io.aigcnet.edge.catalogue;
