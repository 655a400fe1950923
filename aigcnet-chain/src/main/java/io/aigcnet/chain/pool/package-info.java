/**
 * Transaction pools of super nodes. {@link io.aigcnet.chain.pool.FeePriorityPool} is ProSecutor's
 * preemptive priority queue (highest fee first, FIFO among equal fees; when full, a newcomer evicts the
 * cheapest, most recently arrived entry if it pays strictly more, otherwise it is refused).
 * {@link io.aigcnet.chain.pool.FifoPool} is BlockEmulator's arrival-order queue (when full, newcomers
 * are refused), used for the baseline. Both are bounded and keep an index by id for duplicates and for
 * removing the transactions of a committed block.
 */
package io.aigcnet.chain.pool;
