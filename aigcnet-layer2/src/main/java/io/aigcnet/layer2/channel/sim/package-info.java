/**
 * A scripted client–MASP channel life on the simulated runtime: open, a number of fee-ownership rounds
 * under injected delays, drops and crashes, then close (honest or deliberately stale). Used by the
 * property tests over many seeds and by the atomicity and latency experiments.
 */
package io.aigcnet.layer2.channel.sim;
