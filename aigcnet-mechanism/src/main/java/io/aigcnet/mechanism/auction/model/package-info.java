/**
 * The market of the vehicular auction (reconstruction): digital-twin tasks with workload,
 * deadline and value, AVs with an all-or-nothing freshness value and their multi-task or
 * single-task rate demand, offline data items with a common quality and per-simulator match
 * values, the market constants, and the seeded generator of random instances.
 */
package io.aigcnet.mechanism.auction.model;
