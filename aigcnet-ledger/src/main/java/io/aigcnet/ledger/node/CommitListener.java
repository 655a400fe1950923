package io.aigcnet.ledger.node;

import io.aigcnet.ledger.block.Block;
import io.aigcnet.ledger.block.CommitCertificate;

/** Told about every block a node finalises, with the node's clock time. */
@FunctionalInterface
public interface CommitListener {
    void onCommit(Block block, CommitCertificate certificate, long nanos);
}
