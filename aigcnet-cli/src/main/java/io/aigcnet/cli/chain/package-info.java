/**
 * CLI commands of the anchor chain: {@code node} (run one live node), {@code net up/down} (a loopback
 * network of node processes), {@code tx send}, {@code chain status} and {@code bench chain}. They only
 * parse arguments and wire the ledger module's live runtime; the logic lives in
 * {@code io.aigcnet.chain.live}.
 */
package io.aigcnet.cli.chain;
