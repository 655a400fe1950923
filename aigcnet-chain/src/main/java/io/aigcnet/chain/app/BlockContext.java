package io.aigcnet.chain.app;

import io.aigcnet.chain.crypto.Address;

/**
 * What an application may read about the block it executes in. Time is the block's slot time, the same
 * on every node, so time locks judged against it are deterministic.
 *
 * @param height height of the block
 * @param timeNanos the block's timestamp (start of its slot) on the chain clock
 * @param producer the super node that produced the block
 */
public record BlockContext(long height, long timeNanos, Address producer) {
}
