/**
 * Persistent ledger of one node: finalised blocks with their commit certificates, indexed by height
 * and transaction id. {@link io.aigcnet.chain.store.MemoryLedgerStore} serves the simulator (it
 * survives a simulated crash because the harness keeps it); {@link
 * io.aigcnet.chain.store.RocksLedgerStore} serves live nodes and survives {@code kill -9}. Both report
 * the paper's canonical bytes and the bytes actually written.
 */
package io.aigcnet.chain.store;
