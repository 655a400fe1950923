package io.aigcnet.ledger.store;

import io.aigcnet.ledger.block.Block;
import io.aigcnet.ledger.block.CommitCertificate;

/** A finalised block and the certificate that finalised it. */
public record StoredBlock(Block block, CommitCertificate certificate) {
}
