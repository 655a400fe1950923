/**
 * The objective half of OS²A (ProSecutor eqs. (1)–(6)): min-max fusion of the objective and
 * subjective scores, the three service latencies (upload, inference, channel set-up through a
 * Kademlia broadcast and a fee-priority transaction pool whose mean length depends on the load through a
 * pluggable queue model) and the multi-KPI generalisation. All
 * functions are pure; distributions come from Apache Commons Statistics.
 */
package io.aigcnet.reputation.os2a;
