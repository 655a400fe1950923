/**
 * The account state a chain node derives from its finalised blocks: balance and last executed nonce per
 * address, exact {@code long} minor units. Applying a transaction debits value + fee from the sender,
 * credits the value to the receiver and the fee to the block producer.
 */
package io.aigcnet.chain.state;
