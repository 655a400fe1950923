/**
 * The names of the CPU work chain actors report to their runtime's processor; the simulated runtime prices
 * them from a cost table measured on the real code.
 */
package io.aigcnet.chain.cost;
