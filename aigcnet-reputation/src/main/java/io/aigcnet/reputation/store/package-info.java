/**
 * The RCO-side incremental opinion store: per-MASP arrays of judgment counts, running interaction
 * totals, and market worth kept as a decayed running sum, so that one opinion update costs O(1) and
 * one reputation query costs O(number of clients with an opinion on the MASP).
 */
package io.aigcnet.reputation.store;
