package io.aigcnet.layer2.rollup;

/** What a roll-up block puts on the anchor chain. */
public enum RollupMode {
    /** The paper's B_r: every opinion's SHA-256 id in chronological order, then the RT root. */
    FULL,
    /**
     * Beyond the paper: only the Merkle root of the opinion ids, the storage-chain key of the batch of
     * full opinions (kept for availability and tracing), the count, and the RT root.
     */
    COMPACT
}
