/**
 * Chain metrics as the paper defines them: throughput (transactions finalised per second), confirmation
 * latency from submission to finality (percentiles), ledger growth per hour (canonical and encoded
 * bytes) and pool size over time.
 */
package io.aigcnet.chain.metrics;
