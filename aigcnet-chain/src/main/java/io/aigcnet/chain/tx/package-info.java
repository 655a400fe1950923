/**
 * Anchor-chain transactions: value transfers (the workload), Opinion_Update, Reputation_Roll-up and
 * Transfer_Channel (establish/close), all sharing one signed envelope (type, sender, receiver, nonce, fee,
 * value, payload, signature) with a canonical encoding. The three ProSecutor types are defined and
 * validated here; layer 2 executes them.
 */
package io.aigcnet.chain.tx;
