/**
 * The Proof-of-AIGC registry as application state of the anchor chain: products and their ownership,
 * the generation-phase and trading-phase hash-time-locked contracts, deposit-backed challenges and their
 * verdicts. {@link io.aigcnet.lifecycle.registry.LifecycleApp} is the chain's
 * {@link io.aigcnet.chain.app.AppExecutor}; every rule runs on every validator in the including block.
 */
package io.aigcnet.lifecycle.registry;
