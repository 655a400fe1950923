package io.aigcnet.chain.node;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;

/** Told about every block a node finalises, with the node's clock time. */
@FunctionalInterface
public interface CommitListener {
    void onCommit(Block block, CommitCertificate certificate, long nanos);
}
