/**
 * The client side of the lifecycle: parties that sign lifecycle transactions with their own nonces, the
 * ESP's sealing of generated content, and {@link io.aigcnet.lifecycle.client.LocalLedger}, a single-validator
 * ledger that runs the chain's exact block semantics without consensus (experiments at scale, the CLI's
 * embedded mode).
 */
package io.aigcnet.lifecycle.client;
