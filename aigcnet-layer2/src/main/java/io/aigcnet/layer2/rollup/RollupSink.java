package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.tx.Transaction;

/** Where RCOs send Reputation_Roll-up and poison transactions: the anchor chain's admission. */
@FunctionalInterface
public interface RollupSink {
    void submit(Transaction tx);
}
