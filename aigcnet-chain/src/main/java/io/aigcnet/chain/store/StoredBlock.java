package io.aigcnet.chain.store;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;

/** A finalised block and the certificate that finalised it. */
public record StoredBlock(Block block, CommitCertificate certificate) {
}
