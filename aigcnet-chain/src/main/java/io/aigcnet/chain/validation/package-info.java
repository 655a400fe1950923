/**
 * Protocol rules as small composable classes, each returning a typed {@link
 * io.aigcnet.chain.validation.Verdict} with a reason instead of a boolean plus a log line (the Besu
 * style). Stateless rules run once on admission; stateful rules (nonce, balance) run against the
 * ledger state on admission and again when a block is built or checked.
 */
package io.aigcnet.chain.validation;
