/**
 * Registrations per second on a live network: a loopback network of lifecycle node processes, pre-generated
 * Proof-of-AIGC registrations submitted through the node HTTP API on an open-loop (optionally rising)
 * schedule, and each one counted only once its product is readable from a node other than the one it was
 * submitted to.
 */
package io.aigcnet.lifecycle.live;
